package org.podquote.mcp;

/**
 * What a tool says when it cannot answer: a bad or missing argument, a slug or id that names
 * nothing. Its message goes to the client as an MCP tool error, as written; nothing else does.
 */
public class ToolError extends RuntimeException {

	public ToolError(String message) {
		super(message, null, false, false);
	}

}
