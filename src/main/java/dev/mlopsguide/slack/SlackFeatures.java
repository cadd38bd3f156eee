package dev.mlopsguide.slack;

import dev.mlopsguide.slack.flows.AnswerFeedback;
import dev.mlopsguide.slack.flows.AppHome;
import dev.mlopsguide.slack.flows.AssessmentModal;
import dev.mlopsguide.slack.flows.AssistantThreads;
import dev.mlopsguide.slack.flows.ChannelAssessment;
import dev.mlopsguide.slack.flows.ChannelDigest;
import dev.mlopsguide.slack.flows.ChannelNames;
import dev.mlopsguide.slack.flows.NextSteps;
import dev.mlopsguide.slack.flows.OrgView;
import dev.mlopsguide.slack.flows.ProfileModal;
import dev.mlopsguide.slack.flows.QuestionAnswering;
import dev.mlopsguide.slack.flows.ResultSharing;
import dev.mlopsguide.slack.flows.TeamReplies;
import dev.mlopsguide.slack.flows.TeamRhythm;
import dev.mlopsguide.slack.flows.WorkflowSteps;
import dev.mlopsguide.slack.flows.WorkspaceChoices;
import dev.mlopsguide.slack.install.Uninstalls;
import dev.mlopsguide.team.Names;

/**
 * The product's flows, built once by the composition root and handed to the listener groups, which give each
 * listener only the flows it delegates to; {@code work} runs what a listener leaves for after its ack.
 */
public record SlackFeatures(BackgroundWork work, AssessmentModal modal, ChannelAssessment thread, ProfileModal profile,
                            TeamReplies replies, QuestionAnswering questions, AssistantThreads assistant,
                            AnswerFeedback feedback,
                            ResultSharing sharing, AppHome home, ChannelDigest digests, Uninstalls uninstalls,
                            Names names, ChannelNames channelNames, WorkspaceChoices settings, OrgView org,
                            TeamRhythm rhythm, NextSteps steps, WorkflowSteps workflows) {
}
