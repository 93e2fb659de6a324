package org.podquote.mcp;

import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.spec.McpSchema;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.podquote.system.PodquoteProperties;
import org.podquote.system.PublicUrls;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Model Context Protocol server at {@value #PATH}: Streamable HTTP, stateless (each POST is
 * one JSON-RPC request answered at once; there is no session to keep, since every tool only
 * reads), with the {@link Tool} beans as its tools. On unless {@code podquote.mcp.enabled=false}:
 * it reads what the public pages and API show, no more. A tool's failure reaches the client as a
 * tool error with a sentence; an unexpected one says only that it failed, the log has the rest.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "podquote.mcp.enabled", havingValue = "true", matchIfMissing = true)
class McpConfiguration {

	static final String PATH = "/mcp";

	private static final Log logger = LogFactory.getLog(McpConfiguration.class);

	private static final String BASE = "podquote.base";

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	@Bean
	HttpServletStatelessServerTransport mcpTransport(JsonMapper json, PublicUrls urls, PodquoteProperties properties) {
		return HttpServletStatelessServerTransport.builder()
			.jsonMapper(new JacksonMcpJsonMapper(json))
			.messageEndpoint(PATH)
			.securityValidator(new BrowserOrigins(properties.baseUrl()))
			.contextExtractor(request -> McpTransportContext.create(Map.of(BASE, urls.base(request))))
			.build();
	}

	@Bean
	ServletRegistrationBean<HttpServletStatelessServerTransport> mcpServlet(HttpServletStatelessServerTransport transport) {
		ServletRegistrationBean<HttpServletStatelessServerTransport> registration = new ServletRegistrationBean<>(transport,
				PATH);
		registration.setName("mcp");
		registration.setLoadOnStartup(1);
		return registration;
	}

	@Bean(destroyMethod = "close")
	McpStatelessSyncServer mcpServer(HttpServletStatelessServerTransport transport, List<Tool> tools, JsonMapper json,
			TransactionTemplate transactions) {
		TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
		readOnly.setReadOnly(true);
		return McpServer.sync(transport)
			.serverInfo("podquote", "1")
			.instructions("A library of podcast transcripts, searchable by quote and by the people who speak in them. "
					+ "Start with search_quotes; its hits carry the slugs and ids the other tools take.")
			.capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
			.immediateExecution(true)
			// the tools check their arguments themselves, and say what is wrong in their own words
			.validateToolInputs(false)
			.tools(tools.stream().map(tool -> specification(tool, json, readOnly)).toList())
			.build();
	}

	private static McpStatelessServerFeatures.SyncToolSpecification specification(Tool tool, JsonMapper json,
			TransactionTemplate readOnly) {
		McpSchema.Tool described = McpSchema.Tool.builder()
			.name(tool.name())
			.title(tool.title())
			.description(tool.description())
			.inputSchema(tool.inputSchema())
			.annotations(new McpSchema.ToolAnnotations(tool.title(), true, false, true, false, null))
			.build();
		return new McpStatelessServerFeatures.SyncToolSpecification(described, (context, request) -> {
			ToolArguments args = new ToolArguments(request.arguments(), String.valueOf(context.get(BASE)));
			try {
				Object result = readOnly.execute(status -> tool.handler().apply(args));
				String text = json.writeValueAsString(result);
				return McpSchema.CallToolResult.builder()
					.addTextContent(text)
					.structuredContent(json.readValue(text, MAP))
					.isError(false)
					.build();
			}
			catch (ToolError ex) {
				return error(ex.getMessage());
			}
			catch (RuntimeException ex) {
				logger.error("MCP tool " + tool.name() + " failed on " + request.arguments(), ex);
				return error("The tool " + tool.name() + " failed on the server; its log says why.");
			}
		});
	}

	private static McpSchema.CallToolResult error(String message) {
		return McpSchema.CallToolResult.builder().addTextContent(message).isError(true).build();
	}

}
