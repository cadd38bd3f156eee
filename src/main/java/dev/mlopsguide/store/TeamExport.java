package dev.mlopsguide.store;

import java.util.List;
import java.util.Map;

/** Everything stored about a team, in plain values for a JSON export (a data request). */
public record TeamExport(
        String exportedAt,
        TeamJson team,
        ProfileJson profile,
        List<AssessmentJson> assessments,
        List<ChannelAssessmentJson> channelAssessments,
        List<SubscriptionJson> digestSubscriptions,
        int checkInEveryMonths,
        List<AdoptedStepJson> adoptedSteps) {

    public record TeamJson(long id, String workspace, String kind, String externalId, String name) {
    }

    public record ProfileJson(String stage, int modelsInProduction, String retraining, String serving,
                              Double availability, String regulation, String updatedBy, String updatedAt) {
    }

    public record AssessmentJson(long id, String takenAt, String takenBy, String mode, String questionnaireVersion,
                                 int level, int answered, int total, Integer targetLevel, Map<String, Integer> areas,
                                 Map<String, String> answers) {
    }

    public record ChannelAssessmentJson(long id, String channelId, String threadTs, String status, String startedBy,
                                        String startedAt, List<ChannelFlow.Answer> answers) {
    }

    public record SubscriptionJson(long id, String channelId, String weekday, String time, String timeZone,
                                   String createdBy, boolean active, String pausedReason, List<DeliveryJson> deliveries) {
    }

    public record AdoptedStepJson(long id, String stepId, String questionId, String owner, String due, String status,
                                  String adoptedBy, String adoptedAt, String issueUrl) {
    }

    public record DeliveryJson(String week, String status, String sentAt, String messageTs, String error) {
    }
}
