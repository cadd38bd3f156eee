package dev.mlopsguide.cli;

import dev.mlopsguide.knowledge.KnowledgeBase;
import dev.mlopsguide.knowledge.KnowledgeLoader;
import picocli.CommandLine.Mixin;

/** Which knowledge to answer from: the content folder's articles, plus the packs named in the environment. */
public final class KnowledgeOptions {

    @Mixin
    ContentOptions content;

    KnowledgeBase load(CliContext context) {
        return load(content, context);
    }

    static KnowledgeBase load(ContentOptions content, CliContext context) {
        return KnowledgeLoader.load(ContentOptions.locate(content.directory, context),
                KnowledgeLoader.packs(context.setting(KnowledgeLoader.PACKS_VARIABLE).orElse("")));
    }
}
