package dev.codexjava.client;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad inputs to the option builders fail at the call, saying what was wrong; a builder can be reused. */
class OptionsBuilderInputTest {

	private static final Path A = Path.of("/work/a");

	private static final Path B = Path.of("/work/b");

	@Test
	void aNullWritableRootFailsAtTheCallWithAClearMessage() {
		List<Path> withNull = Arrays.asList(A, null);
		assertThatThrownBy(() -> ThreadOptions.builder().writableRoots(withNull))
			.isInstanceOf(NullPointerException.class)
			.hasMessageContaining("writableRoots");
		assertThatThrownBy(() -> ThreadOptions.builder().writableRoots(null))
			.isInstanceOf(NullPointerException.class)
			.hasMessageContaining("writableRoots");
		assertThatThrownBy(() -> ThreadOptions.builder().additionalDirectories(A, null))
			.isInstanceOf(NullPointerException.class)
			.hasMessageContaining("writableRoots");
		assertThatThrownBy(() -> ThreadOptions.builder().additionalDirectories((Path[]) null))
			.isInstanceOf(NullPointerException.class)
			.hasMessageContaining("directories");
		assertThatThrownBy(() -> TurnOptions.builder().additionalDirectories(A, null))
			.isInstanceOf(NullPointerException.class)
			.hasMessageContaining("writableRoots");
		assertThatThrownBy(() -> TurnOptions.builder().writableRoots(withNull))
			.isInstanceOf(NullPointerException.class)
			.hasMessageContaining("writableRoots");
	}

	@Test
	void aNullThreadListFilterOrFilterValueIsNamedInTheError() {
		assertThatThrownBy(() -> ThreadListOptions.builder().originators(Arrays.asList("codex_vscode", null)))
			.isInstanceOf(NullPointerException.class)
			.hasMessage("originators must not contain null");
		assertThatThrownBy(() -> ThreadListOptions.builder().excludedThreadIds(null))
			.isInstanceOf(NullPointerException.class)
			.hasMessage("excludedThreadIds must not be null");
		assertThatThrownBy(() -> ThreadListOptions.builder().cwds(Arrays.asList(A, null)))
			.isInstanceOf(NullPointerException.class)
			.hasMessage("cwds must not contain null");
		assertThat(ThreadListOptions.builder().originators(List.of("codex_vscode")).build().originators())
			.containsExactly("codex_vscode");
	}

	@Test
	void aNullConfigKeyOrValueFailsAtTheCallNotAtBuild() {
		assertThatThrownBy(() -> ThreadOptions.builder().config("model", null))
			.isInstanceOf(NullPointerException.class)
			.hasMessageContaining("'model'");
		assertThatThrownBy(() -> ThreadOptions.builder().config(null, "x"))
			.isInstanceOf(NullPointerException.class)
			.hasMessageContaining("config key");
	}

	@Test
	void writableRootsKeepOrderAndABuilderReusedAfterBuildDoesNotChangeWhatItBuilt() {
		ThreadOptions.Builder threads = ThreadOptions.builder()
			.sandbox(SandboxMode.WORKSPACE_WRITE)
			.additionalDirectories(B, A);
		ThreadOptions first = threads.build();
		ThreadOptions second = threads.writableRoots(List.of(A)).networkAccess(true).build();
		assertThat(first.writableRoots()).containsExactly(B, A);
		assertThat(first.networkAccess()).isNull();
		assertThat(second.writableRoots()).containsExactly(B, A, A);
		assertThat(second.networkAccess()).isTrue();

		TurnOptions.Builder turns = TurnOptions.builder().sandbox(SandboxMode.WORKSPACE_WRITE).additionalDirectories(A);
		TurnOptions turn = turns.build();
		turns.additionalDirectories(B);
		assertThat(turn.writableRoots()).containsExactly(A);
		assertThat(turns.build().writableRoots()).containsExactly(A, B);
	}

}
