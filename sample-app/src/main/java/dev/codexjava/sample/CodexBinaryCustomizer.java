package dev.codexjava.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.codexjava.client.CodexConfig;
import dev.codexjava.spring.autoconfigure.CodexConfigCustomizer;
import dev.codexjava.spring.autoconfigure.CodexProperties;

/**
 * Finds the Codex binary that {@code scripts/install-codex.sh} installs when {@code codex.binary} is blank: the
 * first {@code .codex-bin/codex} in the working directory or one of its parents. When there is none, the SDK's own
 * lookup ({@code CODEX_BIN}, then {@code codex} on the {@code PATH}) applies.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CodexBinaryCustomizer implements CodexConfigCustomizer {

	private static final Log logger = LogFactory.getLog(CodexBinaryCustomizer.class);

	private final CodexProperties properties;

	private final Path start;

	/**
	 * A customizer that searches from the application's working directory.
	 * @param properties the {@code codex.*} properties
	 */
	public CodexBinaryCustomizer(CodexProperties properties) {
		this.properties = properties;
		this.start = Path.of("").toAbsolutePath();
	}

	@Override
	public void customize(CodexConfig.Builder builder) {
		if (this.properties.getBinary() != null) {
			logger.info("Codex binary: " + this.properties.getBinary() + " (codex.binary)");
			return;
		}
		Optional<Path> found = find(this.start);
		if (found.isPresent()) {
			logger.info("Codex binary: " + found.get() + " (found in .codex-bin)");
			builder.codexBinary(found.get());
		}
		else {
			logger.info("Codex binary: no .codex-bin/codex above " + this.start
					+ "; using CODEX_BIN or 'codex' on the PATH (run scripts/install-codex.sh to install it)");
		}
	}

	/**
	 * The first executable {@code .codex-bin/codex} in {@code dir} or one of its parents.
	 * @param dir where to start
	 * @return the executable, if any
	 */
	static Optional<Path> find(Path dir) {
		for (Path current = dir.toAbsolutePath(); current != null; current = current.getParent()) {
			Path candidate = current.resolve(".codex-bin").resolve("codex");
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
