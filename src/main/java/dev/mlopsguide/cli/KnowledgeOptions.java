package dev.mlopsguide.cli;

import dev.mlopsguide.app.Application;
import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.knowledge.KnowledgeBase;
import dev.mlopsguide.knowledge.KnowledgeLoader;
import dev.mlopsguide.maturity.content.ContentLocation;
import picocli.CommandLine.Mixin;

/** Which knowledge to answer from: the content folder's articles, plus the packs named in the environment. */
public final class KnowledgeOptions {

    @Mixin
    ContentOptions content;

    KnowledgeBase load(CliContext context) {
        return load(content, context);
    }

    /** An answerer over this content and knowledge, with vectors cached in the data folder. */
    Answerer answerer(CliContext context) {
        return Application.answerer(content.load(context), load(context), context.env());
    }

    static KnowledgeBase load(ContentOptions content, CliContext context) {
        return load(ContentOptions.locate(content.directory, context), context);
    }

    /** The knowledge of the content at {@code location}, plus the packs named in the environment. */
    static KnowledgeBase load(ContentLocation location, CliContext context) {
        return KnowledgeLoader.load(location,
                KnowledgeLoader.packs(context.setting(KnowledgeLoader.PACKS_VARIABLE).orElse("")));
    }
}
