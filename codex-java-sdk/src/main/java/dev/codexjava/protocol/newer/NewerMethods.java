package dev.codexjava.protocol.newer;

import dev.codexjava.protocol.Method;
import dev.codexjava.protocol.generated.ConfigWriteResponse;

/**
 * Client requests newer than the pinned app-server (0.169.0), typed, for {@code codex.request(Method, params)}. Each
 * needs the app-server version it names; an older one answers {@link dev.codexjava.error.MethodNotFoundException}.
 */
public final class NewerMethods {

	private NewerMethods() {
	}

	/**
	 * {@code modelProvider/default/set}: makes a configured model provider the default for new threads and unscoped
	 * model lists, by writing {@code model_provider} to the user's {@code config.toml}. App-server 0.171.0 and later;
	 * the pinned 0.169.0 answers method not found. The schema names no result type: the server answers like a config
	 * write (where and at which version it wrote). An unknown provider id fails with
	 * {@link dev.codexjava.error.InvalidRequestException}. See also {@code CodexAdmin.setDefaultModelProvider}.
	 */
	public static final Method<ModelProviderDefaultSetParams, ConfigWriteResponse> MODEL_PROVIDER_DEFAULT_SET = new Method<>(
			"modelProvider/default/set", ModelProviderDefaultSetParams.class, ConfigWriteResponse.class, false);

}
