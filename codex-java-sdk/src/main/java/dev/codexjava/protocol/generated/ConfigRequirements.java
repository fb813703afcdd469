package dev.codexjava.protocol.generated;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The protocol's {@code ConfigRequirements}.
 */
@SuppressWarnings("unused")
public record ConfigRequirements(
		@JsonProperty("additionalDeveloperInstructions") String additionalDeveloperInstructions,
		@JsonProperty("allowAppshots") Boolean allowAppshots,
		@JsonProperty("allowBrowserAndComputerUse") Boolean allowBrowserAndComputerUse,
		@JsonProperty("allowLoginShell") Boolean allowLoginShell,
		@JsonProperty("allowManagedHooksOnly") Boolean allowManagedHooksOnly,
		@JsonProperty("allowRemoteControl") Boolean allowRemoteControl,
		@JsonProperty("allowedApprovalPolicies") List<AskForApproval> allowedApprovalPolicies,
		@JsonProperty("allowedLoginMethods") List<ForcedLoginMethod> allowedLoginMethods,
		@JsonProperty("allowedPermissionProfiles") Map<String, Boolean> allowedPermissionProfiles,
		@JsonProperty("allowedSandboxModes") List<SandboxMode> allowedSandboxModes,
		@JsonProperty("allowedWebSearchModes") List<WebSearchMode> allowedWebSearchModes,
		@JsonProperty("allowedWindowsSandboxImplementations") List<WindowsSandboxImplementation> allowedWindowsSandboxImplementations,
		@JsonProperty("autoReview") AutoReviewRequirements autoReview,
		@JsonProperty("browserUse") BrowserUseRequirements browserUse,
		@JsonProperty("chatgptBaseUrl") String chatgptBaseUrl,
		@JsonProperty("checkForUpdateOnStartup") Boolean checkForUpdateOnStartup,
		@JsonProperty("cliAuthCredentialsStore") CliAuthCredentialsStoreMode cliAuthCredentialsStore,
		@JsonProperty("computerUse") ComputerUseRequirements computerUse,
		@JsonProperty("defaultPermissions") String defaultPermissions,
		@JsonProperty("enforceResidency") ResidencyRequirement enforceResidency,
		@JsonProperty("featureRequirements") Map<String, Boolean> featureRequirements,
		@JsonProperty("feedback") FeedbackRequirements feedback,
		@JsonProperty("inAppBrowser") InAppBrowserRequirements inAppBrowser,
		@JsonProperty("logDir") String logDir,
		@JsonProperty("modelCatalogJson") String modelCatalogJson,
		@JsonProperty("modelProvider") String modelProvider,
		@JsonProperty("modelProviders") JsonNode modelProviders,
		@JsonProperty("models") ModelsRequirements models,
		@JsonProperty("otel") OtelRequirements otel,
		@JsonProperty("sqliteHome") String sqliteHome,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknown) {

	/** Keeps the fields this SDK version does not model, unmodifiable. */
	public ConfigRequirements {
		unknown = (unknown == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
	}

	/** A value with only the modelled fields. */
	public ConfigRequirements(String additionalDeveloperInstructions, Boolean allowAppshots, Boolean allowBrowserAndComputerUse, Boolean allowLoginShell, Boolean allowManagedHooksOnly, Boolean allowRemoteControl, List<AskForApproval> allowedApprovalPolicies, List<ForcedLoginMethod> allowedLoginMethods, Map<String, Boolean> allowedPermissionProfiles, List<SandboxMode> allowedSandboxModes, List<WebSearchMode> allowedWebSearchModes, List<WindowsSandboxImplementation> allowedWindowsSandboxImplementations, AutoReviewRequirements autoReview, BrowserUseRequirements browserUse, String chatgptBaseUrl, Boolean checkForUpdateOnStartup, CliAuthCredentialsStoreMode cliAuthCredentialsStore, ComputerUseRequirements computerUse, String defaultPermissions, ResidencyRequirement enforceResidency, Map<String, Boolean> featureRequirements, FeedbackRequirements feedback, InAppBrowserRequirements inAppBrowser, String logDir, String modelCatalogJson, String modelProvider, JsonNode modelProviders, ModelsRequirements models, OtelRequirements otel, String sqliteHome) {
		this(additionalDeveloperInstructions, allowAppshots, allowBrowserAndComputerUse, allowLoginShell, allowManagedHooksOnly, allowRemoteControl, allowedApprovalPolicies, allowedLoginMethods, allowedPermissionProfiles, allowedSandboxModes, allowedWebSearchModes, allowedWindowsSandboxImplementations, autoReview, browserUse, chatgptBaseUrl, checkForUpdateOnStartup, cliAuthCredentialsStore, computerUse, defaultPermissions, enforceResidency, featureRequirements, feedback, inAppBrowser, logDir, modelCatalogJson, modelProvider, modelProviders, models, otel, sqliteHome, Map.of());
	}

}
