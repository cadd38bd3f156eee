package dev.mlopsguide.slack.flows;

import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.Questionnaire;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Where a person is in the assessment modal: the workspace and channel (team) it is for, the area on screen and the
 * answers so far. It travels in the modal's {@code private_metadata}, compact (a character per question) and signed,
 * so that any replica can serve the next step and nobody can forge answers or a team.
 *
 * <p>Format, before the signature: {@code 2~<workspace>~<questionnaire version>~<channel>~<area>~<answers>}.
 */
public record ModalProgress(String workspaceId, String channelId, int area, Answers answers) {

    private static final String FORMAT = "2";
    private static final char UNANSWERED = '.';

    /** Why progress coming back from Slack cannot be used. */
    public static final class Unusable extends Exception {
        public Unusable(String message) {
            super(message);
        }
    }

    public String encode(Questionnaire questionnaire, SignedText signer) {
        var chars = new StringBuilder();
        for (var question : questionnaire.questions()) {
            var option = answers.optionOf(question.id());
            int index = option.map(o -> question.options().stream().map(x -> x.id()).toList().indexOf(o)).orElse(-1);
            chars.append(index < 0 ? UNANSWERED : Character.forDigit(index, Character.MAX_RADIX));
        }
        return signer.sign(String.join("~", FORMAT, workspaceId, questionnaire.version(), channelId, String.valueOf(area),
                chars));
    }

    public static ModalProgress decode(String metadata, Questionnaire questionnaire, SignedText signer) throws Unusable {
        var text = signer.verify(metadata).orElseThrow(() -> new Unusable(
                "This form could not be verified, so nothing in it was used. Start again with /mlops-assess."));
        var parts = text.split("~", -1);
        if (parts.length != 6 || !parts[0].equals(FORMAT)) {
            throw new Unusable("This form comes from another version of the app. Start again with /mlops-assess.");
        }
        if (!parts[2].equals(questionnaire.version())) {
            throw new Unusable("The questionnaire changed while you were answering. Start again with /mlops-assess.");
        }
        var chars = parts[5];
        if (chars.length() != questionnaire.questions().size()) {
            throw new Unusable("This form does not match the questionnaire. Start again with /mlops-assess.");
        }
        var answers = new LinkedHashMap<String, String>();
        for (int i = 0; i < chars.length(); i++) {
            var question = questionnaire.questions().get(i);
            int index = chars.charAt(i) == UNANSWERED ? -1 : Character.digit(chars.charAt(i), Character.MAX_RADIX);
            option(question.options().size(), index).ifPresent(n -> answers.put(question.id(), question.options().get(n).id()));
        }
        try {
            return new ModalProgress(parts[1], parts[3], Integer.parseInt(parts[4]), new Answers(answers));
        } catch (NumberFormatException e) {
            throw new Unusable("This form does not match the questionnaire. Start again with /mlops-assess.");
        }
    }

    private static Optional<Integer> option(int options, int index) {
        return index >= 0 && index < options ? Optional.of(index) : Optional.empty();
    }

    public ModalProgress at(int newArea, Answers newAnswers) {
        return new ModalProgress(workspaceId, channelId, newArea, newAnswers);
    }
}
