package org.podquote.episode;

import org.springframework.data.repository.Repository;

/** The {@link LibraryMark}s: set one (again) with {@link #save}. */
public interface LibraryMarks extends Repository<LibraryMark, String> {

	LibraryMark save(LibraryMark mark);

	boolean existsById(String name);

}
