package dev.mlopsguide.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How answers are given: {@code MLOPS_GUIDE_PUBLIC_URL}, where people reach the app, so that answers link the
 * knowledge pages it serves at {@code /kb/}; and optionally a language model behind an OpenAI-compatible endpoint
 * ({@code MLOPS_GUIDE_LLM_URL}, {@code MLOPS_GUIDE_LLM_MODEL}, {@code MLOPS_GUIDE_LLM_KEY},
 * {@code MLOPS_GUIDE_LLM_TIMEOUT_SECONDS}) that writes answers from the passages found. Neither is needed.
 */
public record AnswerSettings(Optional<URI> publicUrl, Optional<LanguageModel> languageModel) {

    public static final String PUBLIC_URL = "MLOPS_GUIDE_PUBLIC_URL";
    public static final String LLM_URL = "MLOPS_GUIDE_LLM_URL";
    public static final String LLM_MODEL = "MLOPS_GUIDE_LLM_MODEL";
    public static final String LLM_KEY = "MLOPS_GUIDE_LLM_KEY";
    public static final String LLM_TIMEOUT = "MLOPS_GUIDE_LLM_TIMEOUT_SECONDS";
    public static final AnswerSettings NONE = new AnswerSettings(Optional.empty(), Optional.empty());
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(8);

    /** An OpenAI-compatible chat endpoint (a local Ollama or vLLM, say); the key never appears in {@link #toString()}. */
    public record LanguageModel(URI url, String model, String key, Duration timeout) {
        @Override
        public String toString() {
            return "LanguageModel[" + url + ", " + model + ", timeout " + timeout.toSeconds() + " s]";
        }
    }

    /** @throws SettingsException naming the first malformed variable */
    public static AnswerSettings fromEnvironment(Map<String, String> env) {
        var publicUrl = Env.optional(env, PUBLIC_URL).map(url -> httpUrl(PUBLIC_URL, url));
        var model = Env.optional(env, LLM_URL).map(url -> new LanguageModel(httpUrl(LLM_URL, url),
                Env.required(env, LLM_MODEL, "the model's name at that endpoint, such as llama3.1"),
                // Local servers take any key; OpenAI's own needs one.
                Env.optional(env, LLM_KEY).orElse("none"), timeout(env)));
        return new AnswerSettings(publicUrl, model);
    }

    private static URI httpUrl(String name, String url) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new SettingsException(name, "must be an http(s) URL, not '" + url + "'");
        }
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(name, "is not a URL: '" + url + "'");
        }
    }

    private static Duration timeout(Map<String, String> env) {
        var text = Env.optional(env, LLM_TIMEOUT).orElse(String.valueOf(DEFAULT_TIMEOUT.toSeconds()));
        try {
            int seconds = Integer.parseInt(text);
            if (seconds >= 1 && seconds <= 120) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new SettingsException(LLM_TIMEOUT, "must be a number of seconds from 1 to 120, not '" + text + "'");
    }
}
