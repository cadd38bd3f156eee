package dev.mlopsguide.cli;

import dev.mlopsguide.knowledge.KnowledgeBase;
import dev.mlopsguide.knowledge.KnowledgeLoader;
import dev.mlopsguide.maturity.content.ContentLocation;
import picocli.CommandLine.Mixin;

/** Which knowledge to answer from: the content folder's articles, plus the packs named in the environment. */
public final class KnowledgeOptions {

    @Mixin
    ContentOptions content;

    KnowledgeBase load(CliContext context) {
        ContentLocation location = ContentOptions.locate(content.directory, context);
        return KnowledgeLoader.load(location, KnowledgeLoader.packs(context.setting(KnowledgeLoader.PACKS_VARIABLE).orElse("")));
    }

}
