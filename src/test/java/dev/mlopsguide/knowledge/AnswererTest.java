package dev.mlopsguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.history.Records;
import dev.mlopsguide.history.TeamHistory;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.Regulation;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.TestContent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswererTest {

    private final Answerer answerer = TestKnowledge.answerer();
    /** The articles without the labelled questions, which answer many questions by themselves: for the rules of doubt. */
    private static final Answerer UNTAUGHT = TestKnowledge.answerer().without(TestKnowledge.bundled().taught());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "What level are we? | TEAM_LEVEL",
            "where do we stand | TEAM_LEVEL",
            "What should we do next? | NEXT_STEPS",
            "how can we improve | NEXT_STEPS",
            "what does level 3 need? | EXPLAIN_LEVEL",
            "What are the maturity levels? | EXPLAIN_LEVEL",
            "explain the train step | EXPLAIN_STEP",
            "what happens in the operate phase? | EXPLAIN_STEP",
            "How do I run the assessment? | HOW_TO_ASSESS",
            "what's the difference between level 2 and level 3? | COMPARE_LEVELS",
            "levels 3 vs 4 | COMPARE_LEVELS",
            "what does level 4 add over level 3? | COMPARE_LEVELS",
            "level 1 or level 2, what changes? | COMPARE_LEVELS",
            "how far are we from our target | TEAM_LEVEL",
            "a single churn model scored nightly and retrained every quarter, which level? | TARGET",
            "how mature should a team releasing an online model weekly be? | TARGET",
            "morning all | GREETING",
            "awesome, thanks a ton! | THANKS",
            "what can you help with? | HELP",
            "cheers for the help | THANKS",
            "hey there, mlops guide :wave: | GREETING",
            "ok, thanks! that was useful | THANKS",
            "g'day folks | GREETING",
            "gm team | GREETING",
            "much obliged! | THANKS",
            "perfect, that did the trick | THANKS",
            "hi, what can you do? | HELP",
            "hello there - how can you help me | HELP",
            "that helped us find the drift, how do we fix it? | SEARCH",
            "morning batch job failed again | SEARCH",
            "thanks, but how do we roll back? | SEARCH",
            "where should we start to level up? | NEXT_STEPS",
            "where does our team stand? | TEAM_LEVEL",
            "what's our mlops maturity? | TEAM_LEVEL",
            "how do we detect data drift? | SEARCH",
            "how mature is our setup | TEAM_LEVEL",
            "next steps for us please | NEXT_STEPS",
            "list the levels please | EXPLAIN_LEVEL",
            "what level of monitoring do we need | SEARCH",
            "how do we start monitoring | SEARCH",
            "is our team past level 1 already? | TEAM_LEVEL",
            "what do we do now | NEXT_STEPS",
            "hi hi | GREETING",
            "have we met the target yet? | TEAM_LEVEL",
            "what's our standing? | TEAM_LEVEL",
            "level one vs level two | COMPARE_LEVELS",
            "how do levels two and three differ? | COMPARE_LEVELS",
            "what does level four require? | EXPLAIN_LEVEL",
            "what does the highest level look like? | EXPLAIN_LEVEL",
            "describe the least automated level | EXPLAIN_LEVEL",
            "level two in simple terms | EXPLAIN_LEVEL",
            "walk me through level 3 | EXPLAIN_LEVEL",
            "heyo folks | GREETING",
            "morning team, happy monday! | GREETING",
            "hi, new year new model: how do we register it? | SEARCH",
            "which level did we end up at? | TEAM_LEVEL",
            "how would our team get to the next mlops level | NEXT_STEPS",
            "which area should we tackle first? | NEXT_STEPS",
            "how can our team step up a level? | NEXT_STEPS",
            "what part of our setup should we improve next | NEXT_STEPS",
            "how mature did the last assessment find our team | TEAM_LEVEL",
            "a gradual traffic shift or one switch for our next release | SEARCH",
            "who picks the level our team should aim for | SEARCH",
            "four models and a daily retrain: how far should we go | TARGET",
            "where did the assessment put our team | TEAM_LEVEL",
            "where did the fraud-ops team land in the last maturity check | TEAM_LEVEL",
            "what does a team on the devops-but-no-mlops rung still do by hand | EXPLAIN_LEVEL",
            "what do teams at level 2 usually automate | EXPLAIN_LEVEL",
            "evening! the payments data crew just dropped in | GREETING",
            "once the churn model is live, which chores belong to the last phase of the project | EXPLAIN_STEP",
            "describe the rung where deploys go out through a pipeline | EXPLAIN_LEVEL",
            "remind me what score the search squad got last time | TEAM_LEVEL",
            "a dozen models, weekly retraining and three nines: which rung is right for us | TARGET",
            "hiya folks, the claims analytics crew is saying hello | GREETING",
            "legend, that was exactly what we were after | THANKS",
            "what's the rung called where nobody automates anything yet | EXPLAIN_LEVEL",
            "forty models, hourly data and a regulator watching: how mature must we become | TARGET",
            "what did the maturity check say about the logistics group last month | TEAM_LEVEL",
            "after our assessment, which gap matters most for the risk team | NEXT_STEPS",
            "can we redo our assessment next month | SEARCH",
            "tl;dr of level 1 | EXPLAIN_LEVEL",
            "level 3 in a few lines | EXPLAIN_LEVEL",
            "how can our team move up | NEXT_STEPS",
            "did the assessment rate us at level 3? | TEAM_LEVEL",
            "brilliant, thanks | THANKS",
            "ta very much | THANKS",
            "what should my team do next to improve? | NEXT_STEPS",
            "level 3 in one sentence | EXPLAIN_LEVEL",
            "two batch models retrained monthly: how much mlops do we need? | TARGET",
            "how would our team reach the next level? | NEXT_STEPS",
            "what does the next level of a feature store add? | SEARCH",
            "how do we take one model to production with two people? | SEARCH",
            "We are at level 2 and retrain monthly, do we need a feature store for our three models? | SEARCH",
            "has our team progressed since march? | TEAM_LEVEL",
            "how has our score changed | TEAM_LEVEL",
            "any change in our results since the latest check-in | TEAM_LEVEL",
            "what to focus on given our latest results | NEXT_STEPS",
            "top priorities for my team? | NEXT_STEPS",
            "since the last assessment we moved to airflow, how do we schedule retraining there? | SEARCH",
            "morning crew | GREETING",
            "hey, drift? | SEARCH",
            "lifesaver, thank you | THANKS",
            "you're a legend | THANKS",
            "cheers, but why does drift matter? | SEARCH",
            "ta for the canary write-up, what about shadow mode? | SEARCH",
            "recap of level 2 | EXPLAIN_LEVEL",
            "where is our team strongest? | TEAM_LEVEL",
            "our weakest areas please | TEAM_LEVEL",
            "hello! quick question - what can you do? | HELP",
            "what is keeping us back? | TEAM_LEVEL",
            "describe a team at the bottom of the ladder | EXPLAIN_LEVEL",
            "what does the top of the scale require | EXPLAIN_LEVEL",
            "hey, what is this bot for? | HELP",
            "five models served online, retrained daily - target? | TARGET",
            "our target column has nulls | SEARCH",
            "top five things for our team | NEXT_STEPS",
            "hello team, how's it going | GREETING",
            "exactly what i needed, thanks | THANKS",
            "what to fix first after this check-in | NEXT_STEPS",
            "hiya - how are you? | GREETING",
            "hey there - anyone home? | GREETING",
            "appreciate the quick answer | THANKS",
            "so what do we do first | NEXT_STEPS",
            "what do we do first when drift alerts fire | SEARCH",
            "what does the top maturity level add over level 3 | COMPARE_LEVELS",
            "ok great - ty | THANKS",
            "is our team past automated training by now | TEAM_LEVEL",
            "how does automated training work | SEARCH",
            "where did our last check-in leave us | TEAM_LEVEL",
            "which gap should my team close first | NEXT_STEPS",
            "mornin' all | GREETING",
            "really helpful, as always | THANKS",
            "six online models retrained daily in a bank - what target would you pick | TARGET",
            "is our team any good at mlops | TEAM_LEVEL",
            "what should my team prioritise next quarter | NEXT_STEPS",
            "what should we prioritise when monitoring drift | SEARCH",
            "hello from the platform folks | GREETING",
            "how far along is our team | TEAM_LEVEL",
            "level 2, quick version | EXPLAIN_LEVEL",
            "nice one, cheers | THANKS",
            "three batch models in a bank, monthly retrains - recommended level? | TARGET",
            "two regulated batch models, monthly retrains - what should our team aim for | TARGET",
            "what should we aim for when tuning drift thresholds | SEARCH",
            "tell me about the automated model deployment stage | EXPLAIN_LEVEL",
            "three online models retrained weekly in retail - where should our team be | TARGET",
            "show me where the assessment put our team | TEAM_LEVEL",
            "describe the bottom rung for me | EXPLAIN_LEVEL",
            "what are my team's main priorities | NEXT_STEPS",
            "what are our priorities for monitoring drift | SEARCH",
            "what should my team work on to reach level 4 | NEXT_STEPS",
            "levels: what changes going from 0 directly to 2 | COMPARE_LEVELS",
            "what's the biggest gap for our team to fix | NEXT_STEPS",
            "three batch models, no regulation - which level to aim for | TARGET",
            "explain the train phase of the ml lifecycle | EXPLAIN_STEP",
            "top of the morning to you all | GREETING",
            "ok, where should we begin | NEXT_STEPS",
            "four online models retrained daily - how high up the ladder should we climb | TARGET",
            "how far should we go with feature stores | SEARCH",
            "has the latest assessment left us on level 1 | TEAM_LEVEL",
            "what merits our attention this quarter | NEXT_STEPS",
            "what needs our attention when drift fires | SEARCH",
            "salutations everyone | GREETING",
            "has our team got past level 2 | TEAM_LEVEL",
            "four batch models retrained monthly, nothing regulated - level? | TARGET",
            "what's the next level? | SEARCH",
            "which practices deserve our focus | NEXT_STEPS",
            "automated training vs automated deployment | COMPARE_LEVELS",
            "do we need automated training and automated deployment for one model | SEARCH",
            "what was the outcome of our latest assessment | TEAM_LEVEL",
            "what are our biggest gaps? | NEXT_STEPS",
            "our biggest gap is monitoring, how do we close it | SEARCH",
            "three online models retrained daily - where should we sit | TARGET",
            "list us five steps to work on first | NEXT_STEPS",
            "two online models retrained weekly - what would be sensible for our team | TARGET",
            "where did our team land | TEAM_LEVEL",
            "what would get us up fastest | NEXT_STEPS",
            "can bentoml run next to our api | SEARCH",
            "with our current score, what comes first | NEXT_STEPS",
            "did we improve since the last assessment | TEAM_LEVEL",
            "five online models, strict latency, weekly retrains, a bank - how far should automation go for us | TARGET",
            "remind me how the team scored last time | TEAM_LEVEL",
            "how we score models in batch | SEARCH",
            "remind me where the team landed in the last assessment | TEAM_LEVEL",
            "we retrain automatically each week but deploy by hand - which level is that | SEARCH",
            "two models, retrained weekly by a pipeline, released by a script after sign-off - which level fits that | SEARCH",
            "two online models at 99.9% with weekly retrains - which level fits us | TARGET",
            "what did the latest check-in say about the search relevance squad | TEAM_LEVEL",
            "sum up level 4 for our director | EXPLAIN_LEVEL",
            "six online models at 99.95% with daily retrains in a regulated bank - what's our target | TARGET",
            "what was our overall score last time | TEAM_LEVEL",
            "based on our last check-in, what's the next thing to fix | NEXT_STEPS",
            "in the maturity model, what does the train step cover | EXPLAIN_STEP",
            "eight batch models, weekly retrains, no regulator - how far up should we aim | TARGET",
            "two weekly-retrained batch models at 99.5%, not regulated - where should we aim | TARGET",
            "pick the three gaps our team should close this quarter | NEXT_STEPS",
            "how did the team do in this month's check-in | TEAM_LEVEL",
            "given our results, what should be on next sprint's board | NEXT_STEPS",
            "what are binding answers in the assessment | SEARCH",
            "what are our main next steps now | NEXT_STEPS",
            "so where do we start | NEXT_STEPS",
            "nobody can rerun the old churn notebook anymore - where do we start | SEARCH",
            "we are new to the maturity model, where should we start | NEXT_STEPS",
            "we just filled in the maturity survey - next thing to fix? | NEXT_STEPS",
            "what does level 4 add over automated deployment | COMPARE_LEVELS",
            "a day in the life of a level 2 team | EXPLAIN_LEVEL",
            "describe level 3 for the finance colleagues who have never used the maturity model | EXPLAIN_LEVEL",
            "what does the train part of the lifecycle include | EXPLAIN_STEP",
            "which level did the last check-in put our team on | TEAM_LEVEL",
            "given the results, what are the two things to fix before summer | NEXT_STEPS",
            "the top of the maturity ladder without jargon | EXPLAIN_LEVEL",
            "we have the assessment results now - what is the most useful improvement | NEXT_STEPS",
            "what did our last check-in say about the team | TEAM_LEVEL",
            "now that the review is done, what should the team work on first | NEXT_STEPS",
            "the roadmap slide just says 'level 2' - what is that exactly | EXPLAIN_LEVEL",
            "hi there, ml assistant | GREETING",
            "what was the outcome of our team's latest check-in | TEAM_LEVEL",
            "after this review, what should the team focus on next month | NEXT_STEPS",
            "the board wants to know what level 3 really entails for the data team | EXPLAIN_LEVEL",
            "what level the app gave our team after the survey | TEAM_LEVEL",
            "tell me what score the bot gave us in the last check-in | TEAM_LEVEL",
            "now that we have assessed ourselves, what is the most valuable change | NEXT_STEPS",
            "for the new hire, what's level 2 in plain words | EXPLAIN_LEVEL",
            "which stage did the assessment place our team on | TEAM_LEVEL",
            "given the assessment, which changes should we make first | NEXT_STEPS",
            "what does 'train' mean in the ml lifecycle for our analysts | EXPLAIN_STEP",
            "what goes into the operate step for a team with one model | EXPLAIN_STEP",
            "how mature did the last check-in find our team | TEAM_LEVEL",
            "on the back of the assessment, what should our next quarter focus on | NEXT_STEPS",
            "great stuff, much obliged | THANKS",
            "what did our last review say our level was | TEAM_LEVEL",
            "the check-in is done - what are the next two steps | NEXT_STEPS",
            "where did the last review leave us | TEAM_LEVEL",
            "the survey is back - which gap should the team close first | NEXT_STEPS",
            "what does level 3 look like for a bank with forty models | EXPLAIN_LEVEL",
            "which level our squad landed on last time | TEAM_LEVEL",
            "the team has its score now - what are the next three things to fix | NEXT_STEPS",
            "hello guide, hope your day is going well | GREETING",
            "what verdict our last review gave us | TEAM_LEVEL",
            "with the assessment behind us, what should our squad tackle first | NEXT_STEPS",
            "for our board, what's mlops level 2 | EXPLAIN_LEVEL",
            "what work does the design step involve | EXPLAIN_STEP",
            "hello guide, pleased to meet you | GREETING",
            "how did the team fare in our last review | TEAM_LEVEL",
            "the survey results are back - which practices should the team adopt | NEXT_STEPS",
            "has our team's score gone down since the last assessment | TEAM_LEVEL",
            "the check-in rated us poorly - which one change goes in first | NEXT_STEPS",
            "good evening, our mlops bot is back i see | GREETING",
            "which score the check-in gave the payments team | TEAM_LEVEL",
            "what score did the bot give the search squad | TEAM_LEVEL",
            "with our results back, which two practices does the squad adopt first | NEXT_STEPS",
            "morning all, our ml assistant has arrived in the channel | GREETING",
            "how did the analytics squad score last time | TEAM_LEVEL",
            "the pricing model serves customers since friday - in the operate phase, what are our duties | EXPLAIN_STEP",
            "which level did the search squad reach last quarter | TEAM_LEVEL",
            "our check-in results came back this morning - where should we begin | NEXT_STEPS",
            "how was the search squad's score in the last check-in | TEAM_LEVEL",
            "with the check-in done, which practice should the team adopt first | NEXT_STEPS",
            "cheers, that is just what we needed | THANKS",
            "where did our data platform team end up in the last check-in | TEAM_LEVEL",
            "with this week's check-in behind us, which areas should the team pick up first | NEXT_STEPS",
            "how did the fraud squad do in the latest check-in | TEAM_LEVEL",
            "what rating did the checkout platform squad receive | TEAM_LEVEL",
            "the assessment results came back - what should our squad tackle this quarter | NEXT_STEPS",
            "we retrain weekly - what does level 3 bring beyond our level 2 | COMPARE_LEVELS",
            "the check-in says we are at level 2 - where should we begin | NEXT_STEPS",
            "should the three of us push for level 3 next year | SEARCH",
            "how did the fraud detection squad score in the spring check-in | TEAM_LEVEL",
            "what did the payments squad score in the autumn review | TEAM_LEVEL",
            "so what are the next steps for my team | NEXT_STEPS",
            "hi all, the data platform team says hello | GREETING",
            "which level is the search squad on after the spring check-in | TEAM_LEVEL",
            "did the pricing squad end up on level 3 after the spring review | TEAM_LEVEL",
            "how did the search squad do in this quarter's mlops check | TEAM_LEVEL",
            "hi, our analytics team is testing you out today | GREETING",
            "evening - first time trying this, from the retail demand science team | GREETING",
            "great, that cleared things up | THANKS",
            "what should the claims analytics squad fix first after the review | NEXT_STEPS",
            "hello - the risk modelling folks here | GREETING",
            "what did the fraud analytics squad's latest check-in say | TEAM_LEVEL",
            "the assessment is in - what are the first two things to work on | NEXT_STEPS",
            "we copy models to the server by hand - explain level 3 for us | EXPLAIN_LEVEL",
            "hello everyone, the claims data people are here to test this | GREETING",
            "hey, the underwriting side says hello | GREETING",
            "four online models with a 99.9% promise - where should we set our sights | TARGET",
            "how mature does a two-person team really need to be with one batch model | TARGET",
            "from devops without mlops to automated training - what changes | COMPARE_LEVELS",
            "after our check-in, which two fixes come first | NEXT_STEPS",
            "survey filled in - our top priority? | NEXT_STEPS",
            "the check-in is done; where should we focus our energy | NEXT_STEPS",
            "we answered the maturity questions yesterday, so what should we fix this sprint | NEXT_STEPS",
            "our maturity results came back - what should our next quarter focus on | NEXT_STEPS",
            "morning, the search relevance team has joined | GREETING",
            "hello, the pricing squad is taking you for a spin | GREETING",
            "hey! first time trying this - what can you do | HELP",
            "is level 2 plenty for three nightly batch models | TARGET",
            "we retrain from a pipeline each night and release by hand - what level? | SEARCH",
            "three online models retrained weekly - what level? | TARGET",
            "we deploy through a pipeline already; what would the fully automated level bring | COMPARE_LEVELS",
            "what does level 2 add | COMPARE_LEVELS",
            "should the search team move from level 2 to level 3 next year with six online models | TARGET",
            "two data scientists and an app team with ci - explain what level 1 means for us | EXPLAIN_LEVEL",
            "a team with three models asks what mlops even means | SEARCH",
            "hello guide, welcome aboard | GREETING",
            "what does it mean for our team to be on level 3 | EXPLAIN_LEVEL",
            "two batch models, no sla - what is a realistic maturity goal | TARGET",
            "where is our team on the maturity ladder | TEAM_LEVEL",
            "hello my trusty mlops helper | GREETING",
            "the board expects us at automated deployment next year - what must be true of our process then | EXPLAIN_LEVEL",
            "which maturity level has our team reached so far | TEAM_LEVEL",
            "the auditor said we are 'level 2' - what does that level mean | EXPLAIN_LEVEL",
            "three batch models, no sla - is level 3 overkill for us | TARGET",
            "what score did our latest maturity check-in show | TEAM_LEVEL",
            "with the check-in finished, which three gaps should we tackle first | NEXT_STEPS",
            "our director asked what full mlops automated operations involves | EXPLAIN_LEVEL",
            "two online models at 99.9%, retrained weekly - how high on the ladder should we sit | TARGET",
            "what score did our last check-in give the team | TEAM_LEVEL",
            "whats level 1 on your scale, in a couple of sentences please | EXPLAIN_LEVEL",
            "a bank with two batch models, no sla and quarterly retrains wonders how high up the ladder to climb | TARGET",
            "tell me our team's current maturity level | TEAM_LEVEL",
            "based on the last check-in, what should we fix over the coming quarter | NEXT_STEPS",
            "hiya bot, have you got a sec? | GREETING",
            "ta, that's what we were after | THANKS",
            "after the check-in, what should we prioritise first | NEXT_STEPS",
            "what does 'level 2 - automated training' really mean for our analysts | EXPLAIN_LEVEL",
            "four batch models retrained monthly, nothing regulated - where on the scale should we be | TARGET",
            "cheers, exactly what we needed | THANKS",
            "great stuff, that settles it | THANKS",
            "how did the credit risk team do in their latest check-in | TEAM_LEVEL",
            "which tasks belong in the design part of the three steps | EXPLAIN_STEP",
            "did the pricing squad's score come out higher than the data platform team's | TEAM_LEVEL",
            "nice, you've saved me an afternoon | THANKS",
            "how did the search squad come out in its last maturity assessment | TEAM_LEVEL",
            "champion, the squad has what it needs now | THANKS",
            "spice merchants here, what are you for | HELP",
            "how do the spice merchants run the maturity assessment in slack | HOW_TO_ASSESS",
            "one online model, 99.9% uptime, retrain weekly - what should the thatchers target | TARGET",
            "what level are the perfumers on | TEAM_LEVEL",
            "the chimney sweeps sit at level 1, what next | NEXT_STEPS",
            "three online models, 99.99% uptime, retrained daily - target for the hatters? | TARGET",
            "how mature is the tannery | TEAM_LEVEL",
            "farriers here - how can you help | HELP",
            "help - milliners here | HELP",
            "the fletchers are at level 1 - where next | NEXT_STEPS",
            "what should the taxidermists work on to reach level 2 | NEXT_STEPS",
            "where is the oyster farm on the maturity scale | TEAM_LEVEL",
            "what should the funicular railway do next | NEXT_STEPS",
            "next steps for the hop farm | NEXT_STEPS",
            "the brickworks are at level 0 - what are their next steps | NEXT_STEPS",
            "thank you, the ghost tour has what it needs | THANKS",
            "thanks, that's exactly what the pottery needed | THANKS",
            "how can you help the pottery | HELP",
            "how could you help us | HELP",
            "great, we've got everything we need | THANKS",
            "which duties does the design phase hand the team | EXPLAIN_STEP",
            "after this month's check-in, which gap should our squad fix next | NEXT_STEPS",
            "perfect, that covers it | THANKS",
            "what level did the fraud squad get in its last check-in | TEAM_LEVEL",
            "after the assessment, what is the single most valuable fix for us | NEXT_STEPS",
            "how does the level where training is automated differ from the level where deployment is too | COMPARE_LEVELS",
            "which practice should our team pick up first after this week's check-in | NEXT_STEPS",
            "remind me of the rung the route-planning squad reached when they last filled in the maturity check | TEAM_LEVEL",
            "hello hello, mlops companion | GREETING",
            "once the crop model is handed over and running, which part of the ml project are we in | EXPLAIN_STEP",
            "the platform lead says we're at 2 and should reach 3 - what would be different for us | COMPARE_LEVELS",
            "show me the grid analytics team's maturity result | TEAM_LEVEL",
            "after yesterday's check-in, what should our squad work on before the next one | NEXT_STEPS",
            "legend, that's the bit we were missing | THANKS",
            "what does the guide's second rung, the one between no mlops and automated training, actually ask of a team | EXPLAIN_LEVEL",
            "what changes between level 2 and level 4 for the people on call | COMPARE_LEVELS",
            "we'll run four real-time models retrained weekly and ops promises 99.9% - tell us the maturity to aim at | TARGET",
            "the questionnaire is done - give us the two fixes with the biggest payoff | NEXT_STEPS",
            "cheers, exactly what the doctor ordered | THANKS",
            "spot on, you've made my afternoon | THANKS",
            "what result did the voice platform crew get on the maturity check | TEAM_LEVEL",
            "now that our check-in has come back, which practice do we start on monday | NEXT_STEPS",
            "given our latest check-in, what is the one thing to fix this sprint | NEXT_STEPS",
            "how far apart are automated training and full automated operations in practice | COMPARE_LEVELS",
            "the podcast squad finished the maturity survey, which gaps do we close before next quarter | NEXT_STEPS",
            "from our check-in results, what should go into next sprint | NEXT_STEPS",
            "what kinds of questions can I ask you | HELP",
            "help me understand what you're for | HELP",
            "what are you able to help with | HELP",
            "ello from the locker team | GREETING",
            "our app has had ci for years; what would the automated training level ask of the lending team on top | EXPLAIN_LEVEL",
            "the flood team already releases through a pipeline; what extra would the top rung demand of them | EXPLAIN_LEVEL",
            "the crop model is live now - which chores of the lifecycle fall to us from here | EXPLAIN_STEP",
            "how do we take the lending model's team through the maturity questions together in a thread | HOW_TO_ASSESS",
            "you're a star, the flood crew is grateful | THANKS",
            "grand, that does the trick, thanking you | THANKS",
            "how do I use this bot | HELP",
            "what can you do for our team | HELP",
            "what can this bot do | HELP",
            "what goes on in the operate phase of an ml project | EXPLAIN_STEP",
            "what changes for the outage squad between automatic retraining and automatic releasing | COMPARE_LEVELS",
            "show the outage team's latest maturity result | TEAM_LEVEL",
            "the beet crew's survey is in; what are the two practices to fix before harvest | NEXT_STEPS",
            "we have 25 models, several in real time, strict uptime - what should our target be | TARGET",
            "the ferry folks have their maturity verdict - where should their effort go in the coming month | NEXT_STEPS",
            "run me through the five rungs of the ladder, one line each | EXPLAIN_LEVEL",
            "the salmon team just got its level back; which single practice deserves the first sprint | NEXT_STEPS",
            "our assessment is back - what's the first practice to adopt | NEXT_STEPS",
            "what should the bed forecast team do next to move up a level | NEXT_STEPS",
            "brilliant, the parcel folks owe you one | THANKS",
            "the pothole team's maturity check is done - which gap do they close first | NEXT_STEPS",
            "thanks a ton, the pothole team is sorted | THANKS",
            "what sort of things can you answer | HELP",
            "what are the shelf team's next steps after the check-in | NEXT_STEPS",
            "can you tell me what you can help with | HELP",
            "what do you help with | HELP",
            "how did the leak team do on its maturity check | TEAM_LEVEL",
            "the grade team has its results - what does it work on first | NEXT_STEPS",
            "the benefits team finished its check - what comes next | NEXT_STEPS",
            "what can i use you for | HELP",
            "the quay team is at level 2 - what should they tackle next | NEXT_STEPS",
            "the kiln team owes you a pint | THANKS",
            "what sorts of questions do you deal with | HELP",
            "cheers, the quay squad is really happy now | THANKS",
            "what are you able to do for my team | HELP",
            "how does the assistant work | HELP",
            "the dune team is at level 3 - where should it start | NEXT_STEPS",
            "what tasks can we throw at you | HELP",
            "the dune team has its results back - where should it begin | NEXT_STEPS",
            "a quick rundown of your capabilities | HELP",
            "the dune team finished its check - what are its next steps | NEXT_STEPS",
            "is there a list of your commands | HELP",
            "please walk the kiln team through the operate step | EXPLAIN_STEP",
            "how do we take the data through the train step | SEARCH",
            "what should the kiln team focus on after its check-in | NEXT_STEPS",
            "what kinds of topics do you know about | HELP",
            "which topics are you best at | HELP",
            "tell the kiln crew about the design step | EXPLAIN_STEP",
            "help, what does the bot cover | HELP",
            "cheers, the dock team owes you a cake | THANKS",
            "what could you tell me about | HELP",
            "what can you tell us about data drift | SEARCH",
            "our pricing team did its assessment yesterday, where did it land | TEAM_LEVEL",
            "the kiln team completed its review on friday - what level did it reach | TEAM_LEVEL",
            "the dune team has its result back - what next | NEXT_STEPS",
            "great, you've saved our data team a week | THANKS",
            "what kinds of things can our squad ask you | HELP",
            "the pricing squad answered the check-in questions on friday; what did they score | TEAM_LEVEL",
            "what can you help our data team with | HELP",
            "what areas can you help the kiln crew with | HELP",
            "what sorts of jobs can the pricing crew bring you | HELP",
            "two models, both batch - what should the kiln team aim for | TARGET",
            "you've saved the kiln ops folks a day | THANKS",
            "the kiln squad sat the review on friday; what level came out | TEAM_LEVEL",
            "what can you do for the kiln ops crew | HELP",
            "what areas can you cover for our data squad | HELP",
            "the kiln crew got its results back - what first | NEXT_STEPS",
            "the kiln crew just finished the assessment; where to start | NEXT_STEPS",
            "what can the kiln crew ask you | HELP",
            "what can i ask | HELP",
            "walk the kiln ops crew through the operate step | EXPLAIN_STEP",
            "what did the kiln crew score | TEAM_LEVEL",
            "the chess club finished its assessment - what comes next | NEXT_STEPS",
            "remind the kiln crew what the operate step covers | EXPLAIN_STEP",
            "thank you, the kiln folks are happy | THANKS",
            "what can the pottery school ask you about | HELP",
            "the kiln team got level 1; what next | NEXT_STEPS",
            "hey from the kiln shed | GREETING",
            "kiln crew here, we're at level 3, what next | NEXT_STEPS",
            "does the kiln team need level 3 | SEARCH",
            "kiln crew: we got level 0, what now | NEXT_STEPS",
            "what sort of questions can the pottery ask | HELP",
            "where did the pottery land on the maturity scale | TEAM_LEVEL",
            "what level did the pottery get | TEAM_LEVEL",
            "what can you do for the pottery | HELP",
            "what can the pottery use you for | HELP",
            "what sort of help can the pottery get from you | HELP",
            "how did the pottery do in its maturity check | TEAM_LEVEL",
            "the pottery got level 2 - what comes next | NEXT_STEPS",
            "what can you help the pottery with | HELP",
            "what can the assistant do | HELP",
            "how should we use the guide | HELP",
            "what is the assistant for | HELP",
            "hi, we're giving the assistant a spin | GREETING",
            "where is the kiln team on the maturity scale | TEAM_LEVEL",
            "what can the kiln crew ask this bot | HELP",
            "once our retraining is automated, what more would automating releases change for whoever holds the pager | COMPARE_LEVELS"})
    void questionsTheDomainAnswersBetterAreRoutedFirst(String question, Intent intent) {
        assertThat(Intent.of(question)).isEqualTo(intent);
    }

    @Test
    void levelsNamedInWordsAreReadAsTheirNumbers() {
        assertThat(Intent.level("what does level three need?")).hasValue(3);
        assertThat(Intent.levels("difference between levels zero and one")).containsExactly(0, 1);
        assertThat(Intent.levels("level two or level four?")).containsExactly(2, 4);
        assertThat(Intent.level("what is the most automated level like")).hasValue(4);
        assertThat(Intent.level("a team at the bottom of the mlops ladder")).hasValue(0);
        assertThat(Intent.level("one model, two people")).isEmpty();
    }

    @Test
    void aLevelNamedByItsNeighbourIsReadAsItsNumber() {
        assertThat(Intent.level("what is covered by the first level above zero")).hasValue(1);
        assertThat(Intent.level("what does the level just below 4 need")).hasValue(3);
        assertThat(Intent.level("the maturity level after level two")).hasValue(3);
        assertThat(Intent.level("what comes after level 4")).hasValue(4);
        assertThat(Intent.level("the level below zero")).isEmpty();
    }

    @Test
    void levelsNamedByTheirNamesAreReadAsTheirNumbersWhereTheyNameALevel() {
        assertThat(Intent.level("tell me about the automated model deployment stage")).hasValue(3);
        assertThat(Intent.levels("devops but no mlops vs the automated training level")).containsExactly(1, 2);
        assertThat(Intent.level("what does no mlops look like in a bank")).hasValue(0);
        assertThat(Intent.level("how does automated training work")).isEmpty();
        assertThat(Intent.level("we have no mlops at all - where do we start")).isEmpty();
        assertThat(Intent.levels("going from 0 to 2 - how big a jump between levels")).containsExactly(0, 2);
        assertThat(Intent.levels("we went from 2 to 3 models this year")).isEmpty();
        assertThat(Intent.levels("what changes between devops but no mlops and full automation")).containsExactly(1, 4);
    }

    @Test
    void aLevelAskedWhatItAddsIsSetAgainstTheLevelBelowUnlessAnotherIsNamed() {
        assertThat(Intent.levels("what would full automation add on top")).containsExactly(4, 3);
        assertThat(Intent.levels("what does level 2 bring")).containsExactly(2, 1);
        assertThat(Intent.levels("what does level 4 add over automated training")).containsExactly(4, 2);
        assertThat(Intent.levels("what would letting it also release the model buy us")).containsExactly(3, 2);
        assertThat(Intent.levels("what separates the automated deployment rung from the one above it")).containsExactly(3, 4);
        assertThat(Intent.levels("between automatic retraining and automatic releasing")).containsExactly(2, 3);
    }

    @Test
    void aStepNamedAsAPartOfTheLifecycleIsThatStep() {
        assertThat(Intent.of("what's meant by design in the ml lifecycle")).isEqualTo(Intent.EXPLAIN_STEP);
        assertThat(Intent.step("what's meant by design in the ml lifecycle")).hasValue("design");
        assertThat(Intent.step("what is the operate stage of the mlops process")).hasValue("operate");
        assertThat(Intent.step("which practices fall under the training part")).hasValue("train");
    }

    @Test
    void theStepBeforeAnyDataIsDesign() {
        var question = "before the loan team touches any data, which part of the project are they in";

        assertThat(Intent.of(question)).isEqualTo(Intent.EXPLAIN_STEP);
        assertThat(Intent.step(question)).hasValue("design");
    }

    @Test
    void theStepAfterASignedOffDesignIsTraining() {
        var question = "the cheese team has signed off its problem statement and data sources; which phase of the project comes next";

        assertThat(Intent.of(question)).isEqualTo(Intent.EXPLAIN_STEP);
        assertThat(Intent.step(question)).hasValue("train");
    }

    @Test
    void aSearchedAnswerQuotesTheBestPassageWithRelatedReadingAndSources() {
        var answer = answerer.answer("how do we detect data drift?", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.intent()).isEqualTo(Intent.SEARCH);
        assertThat(answer.confident()).isTrue();
        assertThat(answer.confidence()).isGreaterThan(Answerer.CONFIDENCE_THRESHOLD);
        assertThat(answer.text()).startsWith("**Detecting data drift - How to detect it**")
                .contains("Kolmogorov-Smirnov", "population stability index");
        assertThat(answer.sources()).first().extracting(Answerer.Source::id).isEqualTo("data-drift#how-to-detect-it");
        assertThat(answer.related()).hasSize(2);
    }

    @Test
    void aDefinitionComesFromTheIntroductionAndAWhetherFromTheSectionOnWhenItIsWorthIt() {
        var what = answerer.answer("what is a feature store?", () -> Answerer.TeamContext.UNKNOWN);
        var whether = answerer.answer("do we need a feature store?", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(what.sources().get(0).id()).isEqualTo("feature-stores");
        assertThat(what.text()).contains("offline store", "online store");
        assertThat(whether.sources().get(0).id()).isEqualTo("feature-stores#when-it-is-worth-it");
        assertThat(whether.text()).contains("several models reuse the same features");
    }

    @Test
    void aComparisonQuotesBothThingsCompared() {
        var answer = answerer.answer("difference between data drift and concept drift?", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.sources().subList(0, 2)).extracting(s -> s.id().split("#")[0])
                .containsExactlyInAnyOrder("concept-drift", "data-drift");
        assertThat(answer.text()).contains("relation between inputs and the outcome", "distribution");
    }

    @Test
    void twoLevelsAreComparedFromTheLevelsAndTheStepsBetweenThem() {
        var answer = answerer.answer("what's the difference between level 3 and level 2?", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.intent()).isEqualTo(Intent.COMPARE_LEVELS);
        assertThat(answer.text()).startsWith("**Level 2 · Automated Training → level 3 · Automated Model Deployment**")
                .contains("Level 3 adds:", "CI/CD pipeline", "canary, shadow or A/B", "Steps from level 2:")
                .doesNotContain("Level 4");
    }

    @Test
    void aComparisonOfProductsSaysTheAppDoesNotRankVendorsAndGivesWhatItKnows() {
        var answer = answerer.answer("mlflow vs kubeflow?", () -> Answerer.TeamContext.UNKNOWN);
        var practice = answerer.answer("canary vs shadow deployment?", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.confident()).isTrue();
        assertThat(answer.text()).startsWith("I don't rank tools").containsIgnoringCase("kubeflow");
        assertThat(practice.text()).doesNotContain("I don't rank tools").contains("exposes nobody");
    }

    @Test
    void aMisspeltQuestionIsReadAsTheWordsTheKnowledgeUsesAndSaysSo() {
        var answer = answerer.answer("how to setup a modle registry", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.confident()).isTrue();
        assertThat(answer.text()).startsWith("_Read as \"how to setup a model registry\"._");
        assertThat(answer.sources().get(0).id()).startsWith("model-registry");
    }

    @Test
    void aQuestionNamingProductsIsAnsweredFromAPassageNamingThemNotDoubted() {
        var answer = answerer.answer("neptune or comet, thoughts?", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.confident()).isTrue();
        assertThat(answer.text()).containsIgnoringCase("neptune");
    }

    @Test
    void aShortQuestionNamingAProductTheKnowledgeNamesIsAnsweredNotDoubted() {
        var answer = answerer.answer("feast?", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.confident()).isTrue();
        assertThat(answer.sources().get(0).id()).startsWith("feature-stores");
    }

    @Test
    void aServingProductNamedInTheQuestionIsAnsweredFromWhereServingIsDescribed() {
        var answer = answerer.answer("torchserve - is it a good idea for us?", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.confident()).isTrue();
        assertThat(answer.sources().get(0).id().split("#")[0]).isIn("online-deployment", "tool-landscape");
        assertThat(answer.text()).contains("TorchServe");
    }

    @Test
    void anUnrelatedQuestionGetsAnHonestIDoNotKnow() {
        var answer = answerer.answer("What is the best recipe for apple pie?", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.certainty()).isEqualTo(Answerer.Certainty.NOT_SURE);
        assertThat(answer.text()).startsWith("I'm not sure I know the answer to that.");
        assertThat(answer.related()).isEmpty();
    }

    /** Each was answered from an article that shares a word with it ("approves", "card") before the off-topic questions taught. */
    @ParameterizedTest
    @ValueSource(strings = {"who approves expense reports here", "how do i get a parking permit",
            "is there a car wash nearby that takes card", "when's the next all-hands meeting"})
    void aQuestionLikeOnesNothingAnswersIsNotAnswered(String question) {
        assertThat(answerer.answer(question, () -> Answerer.TeamContext.UNKNOWN).certainty()).isEqualTo(Answerer.Certainty.NOT_SURE);
    }

    @Test
    void aQuestionLikeOneNothingAnswersInFormButAboutTheDomainIsAnswered() {
        var answer = answerer.answer("who approves model releases here", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.certainty()).isEqualTo(Answerer.Certainty.SURE);
        assertThat(answer.sources().get(0).id()).startsWith("governance-approval-gates");
    }

    @Test
    void aQuestionCloseInMeaningButNotInWordsIsAnsweredSayingItMayNotBeWhatWasAsked() {
        var answer = UNTAUGHT.answer("how do we spot a retrain that made things worse", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.certainty()).isEqualTo(Answerer.Certainty.TENTATIVE);
        assertThat(answer.confidence()).isLessThan(Answerer.CONFIDENCE_THRESHOLD);
        assertThat(answer.text()).startsWith("_I'm not certain this is what you're asking; it is the closest I have._\n**");
        assertThat(answer.sources().get(0).id()).startsWith("retraining-triggers");
        assertThat(answer.related()).isNotEmpty();
    }

    @Test
    void anArticleFarAheadOfTheOthersIsNotDoubtedForWordsItDoesNotUse() {
        var answer = UNTAUGHT.answer("how do we notice a model went out of date", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.confident()).isTrue();
        assertThat(answer.sources().get(0).id()).startsWith("model-decay");
    }

    @Test
    void theTeamAQuestionEndsBySayingItIsForIsNotSearched() {
        var forThePool = answerer.answer("what's model monitoring, for the swimming pool team", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(forThePool.sources().get(0).id()).startsWith("monitoring-overview");
    }

    @Test
    void aPlacesNameTheKnowledgeNeverUsesDoesNotOutweighWhatIsAsked() {
        // "ferris wheel" is close to rolling back in meaning; at full weight its two unknown words halved the lexical evidence.
        var answer = answerer.answer("how do we reproduce the ferris wheel model", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.sources().get(0).id()).startsWith("reproducibility");
    }

    @Test
    void aWordTheKnowledgeNeverUsesWeighsTheShareItIsGivenOfTheRarestWord() {
        var retriever = TestKnowledge.retriever();
        var text = "how to reproduce a trained model";

        assertThat(retriever.coverage("reproduce the ferris wheel model", text, 0)).isEqualTo(1);
        assertThat(retriever.coverage("reproduce the ferris wheel model", text, 0.6))
                .isGreaterThan(retriever.coverage("reproduce the ferris wheel model", text, 1))
                .isLessThan(1);
    }

    @Test
    void slackNamesWhereAQuestionIsAskedNotWhatItIsAbout() {
        var settings = answerer.answer("how can i mute notifications from a slack channel", () -> Answerer.TeamContext.UNKNOWN);
        var job = answerer.answer("how do we hear in slack that the nightly scoring job failed",
                () -> Answerer.TeamContext.UNKNOWN);

        // Never sure; tentative since set AA taught "our alert channel is muted by half the team", close in meaning.
        assertThat(settings.certainty()).isNotEqualTo(Answerer.Certainty.SURE);
        assertThat(job.sources().get(0).id().split("#")[0]).isIn("batch-deployment", "service-health-monitoring");
    }

    @Test
    void theTeamsLevelAndNextStepsComeFromItsLatestAssessment() {
        var result = new Assessor(TestContent.bundled()).assess(TestContent.team("level-2-automated-training.yml"), Optional.empty());
        var team = new Answerer.TeamContext("#ml-platform", Optional.of(result));

        var level = answerer.answer("what level are we?", () -> team);
        var next = answerer.answer("what should we do next?", () -> team);
        var unknown = answerer.answer("what level are we?", () -> new Answerer.TeamContext("#new", Optional.empty()));

        assertThat(level.text()).startsWith("**#ml-platform is at level 2 · Automated Training**").contains("What holds it at level 2");
        assertThat(next.text()).startsWith("**Next steps for #ml-platform**").contains("needed for level 3");
        assertThat(unknown.text()).startsWith("I don't have an assessment of #new yet");
    }

    @Test
    void aTeamSaidToBeAtALevelWithoutAnAssessmentIsToldWhatTheNextLevelAdds() {
        var nobody = new Answerer.TeamContext("#new", Optional.empty());

        var stated = answerer.answer("the kiln team got level 1; what next", () -> nobody);
        var aimed = answerer.answer("what should we work on to get to level 3", () -> nobody);
        var top = answerer.answer("the kiln team is at level 4 - what comes next", () -> nobody);

        assertThat(stated.intent()).isEqualTo(Intent.NEXT_STEPS);
        assertThat(stated.text()).startsWith("**From level 1 · DevOps but no MLOps to level 2 · Automated Training**")
                .contains("`/mlops-assess`").contains("Level 2 adds:").contains("Steps from level 1:");
        assertThat(stated.sources().get(0).id()).isEqualTo("levels#1-2");
        // A level aimed for is not the one the team is at; at the top there is no next level to describe.
        assertThat(aimed.text()).startsWith("I don't have an assessment of #new yet");
        assertThat(top.text()).startsWith("I don't have an assessment of #new yet");
    }

    @Test
    void theTeamsLevelSaysHowItMovedSinceItsAssessmentBefore() {
        var result = new Assessor(TestContent.bundled()).assess(TestContent.team("level-2-automated-training.yml"), Optional.empty());
        var monday = Instant.parse("2026-10-05T09:00:00Z");
        var before = Records.complete(1, monday, 1, Map.of("training", 1, "release", 2, "data", 1));
        var after = Records.complete(2, monday.plus(Duration.ofDays(21)), 2, Map.of("training", 2, "release", 1, "data", 1));
        var team = new Answerer.TeamContext("#ml-platform", Optional.of(result),
                new TeamHistory(List.of(before, after)).sincePrevious(after));

        var answer = answerer.answer("did we improve since the last assessment?", () -> team);

        assertThat(answer.intent()).isEqualTo(Intent.TEAM_LEVEL);
        assertThat(answer.text()).startsWith("**#ml-platform is at level 2")
                .contains("Since the assessment before it (taken 3 weeks earlier): level 1 → 2 (up 1).")
                .contains("Moved: Training automation 1 → 2 (up 1); Release and deployment 2 → 1 (down 1).")
                .doesNotContain("Data and experiments");
    }

    @Test
    void aFirstAssessmentHasNothingToCompareWith() {
        var result = new Assessor(TestContent.bundled()).assess(TestContent.team("level-2-automated-training.yml"), Optional.empty());

        var answer = answerer.answer("have we improved?", () -> new Answerer.TeamContext("#ml-platform", Optional.of(result)));

        assertThat(answer.text()).endsWith("This is its first assessment: the next one will show what changed.");
    }

    @Test
    void aLevelIsExplainedWithWhatItAddsOverTheOneBelow() {
        var answer = answerer.answer("What does level 3 need?", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.text()).startsWith("**Level 3 · Automated Model Deployment**")
                .contains("What it adds over level 2").contains("bring software engineers into model integration");
    }

    @Test
    void theLevelToAimForComesFromTheTargetRulesForTheFactsStated() {
        var three = answerer.answer("what level should we aim for with 3 models?", () -> Answerer.TeamContext.UNKNOWN);
        var online = answerer.answer("Which level do we need for an online API at 99.9% retrained weekly?",
                () -> Answerer.TeamContext.UNKNOWN);
        var poc = answerer.answer("what level should a proof of concept aim for?", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(three.intent()).isEqualTo(Intent.TARGET);
        assertThat(three.text()).startsWith("**Level 2 · Automated Training** for a team 3 model(s) in production")
                .contains("two or more models").contains("_Assumed, as the question does not say:_ in production");
        assertThat(online.text()).startsWith("**Level 3 · Automated Model Deployment**").contains("retrained weekly")
                .contains("99.9% availability");
        assertThat(poc.text()).startsWith("**Level 0 · No MLOps**");
    }

    @Test
    void aQuestionForTheRulesInMisspeltWordsIsReadAsTheKnowledgeSpellsThem() {
        var misspelt = answerer.answer("wat shud our targt levle be with 2 modles", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(misspelt.intent()).isEqualTo(Intent.TARGET);
        assertThat(misspelt.text()).startsWith("**Level 2 · Automated Training**");
    }

    @Test
    void factsStatedInWordsAreReadToo() {
        var churn = answerer.answer("a single churn model scored nightly and retrained every quarter, which level?",
                () -> Answerer.TeamContext.UNKNOWN);
        var few = StatedProfile.read("we run a few fraud models retrained every two weeks");
        var nines = StatedProfile.read("a dozen models and an uptime promise of three nines");

        assertThat(churn.text()).contains("1 model(s) in production", "retrained quarterly", "served batch");
        assertThat(few.profile().modelsInProduction()).isEqualTo(3);
        assertThat(few.profile().retraining()).isEqualTo(RetrainingCadence.WEEKLY);
        assertThat(nines.profile().modelsInProduction()).isEqualTo(12);
        assertThat(nines.profile().availability()).isEqualTo(99.9);
        assertThat(StatedProfile.read("forty models and a regulator").profile().modelsInProduction()).isEqualTo(40);
    }

    @Test
    void withoutFactsTheTeamsSavedProfileSetsTheLevelToAimFor() {
        var result = new Assessor(TestContent.bundled()).assess(TestContent.team("level-2-automated-training.yml"),
                Optional.of(TestContent.profile(Stage.BUSINESS_CRITICAL, 4, RetrainingCadence.MONTHLY, ServingMode.ONLINE,
                        99.9, Regulation.NONE)));

        var answer = answerer.answer("what level should we aim for?",
                () -> new Answerer.TeamContext("#ml-platform", Optional.of(result)));

        assertThat(answer.text()).startsWith("**Level 3 · Automated Model Deployment** for #ml-platform's saved profile");
    }

    @Test
    void questionsAnArticleIsKnownToAnswerLeadToItButItsSectionsStillChooseTheAnswer() {
        var rollout = answerer.answer("how do we do gradual rollouts of models", () -> Answerer.TeamContext.UNKNOWN);
        var split = answerer.answer("how should we split data for a time series model", () -> Answerer.TeamContext.UNKNOWN);
        var base = TestKnowledge.bundled();

        assertThat(rollout.sources().get(0).id()).startsWith("canary-releases");
        assertThat(split.sources().get(0).id()).startsWith("train-step");
        assertThat(base.askedOf("canary-releases")).isNotEmpty()
                .allSatisfy(q -> assertThat(rollout.text()).doesNotContain(q));
        var drift = answerer.answer("how do we detect data drift?", () -> Answerer.TeamContext.UNKNOWN);
        assertThat(drift.sources().get(0).id()).isEqualTo("data-drift#how-to-detect-it");
    }

    @Test
    void anArticleThatHoldsEveryRareWordOfTheQuestionAcrossItsSectionsIsFound() {
        var upstream = answerer.answer("how do we stop a broken upstream table from producing a broken model",
                () -> Answerer.TeamContext.UNKNOWN);

        assertThat(upstream.sources().get(0).id()).startsWith("data-validation");
    }

    @Test
    void aQuestionAboutWhoIsAnsweredFromAnArticleAboutPeople() {
        assertThat(QuestionKind.of("who fixes the model when it breaks")).isEqualTo(QuestionKind.WHO);
        assertThat(QuestionKind.of("whose call is the alert threshold")).isEqualTo(QuestionKind.WHO);
        assertThat(QuestionKind.of("what happens when the person who built it leaves")).isNotEqualTo(QuestionKind.WHO);

        var cards = hit("model-cards", "model card, documentation", 0.60);
        var ownership = hit("model-ownership", "ownership, on-call, owner", 0.55);
        assertThat(QuestionKind.WHO.favour("who keeps the model card current", List.of(cards, ownership))).extracting(h -> h.passage().docId())
                .containsExactly("model-ownership", "model-cards");
        assertThat(QuestionKind.HOW_TO.favour("how do we keep the model card current", List.of(cards, ownership))).containsExactly(cards, ownership);

        var fixes = answerer.answer("who fixes the model when it breaks", () -> Answerer.TeamContext.UNKNOWN);
        assertThat(fixes.confident()).isTrue();
        assertThat(fixes.sources().get(0).id()).isEqualTo("model-ownership#who-is-on-call");
    }

    @Test
    void aTeamsPracticesFollowedByWhichLevelIsThatAreAnsweredFromALevel() {
        assertThat(QuestionKind.of("we train in notebooks by hand, which level is that")).isEqualTo(QuestionKind.WHICH_LEVEL);

        var manual = answerer.answer("a team that trains models by hand in notebooks with no pipelines - which level is that",
                () -> Answerer.TeamContext.UNKNOWN);
        var ci = answerer.answer("We have CI for our app but train models in notebooks, what level is that?",
                () -> Answerer.TeamContext.UNKNOWN);

        assertThat(manual.sources().get(0).id()).startsWith("level-0-no-mlops");
        assertThat(ci.sources().get(0).id()).startsWith("level-1-devops-no-mlops");
    }

    @Test
    void theLevelAQuestionsPracticesMakeComesFirstWhateverItsOtherWordsFind() {
        // "By hand every quarter" is read as scheduling, which the level 2 article is about.
        var quarterly = answerer.answer("we retrain by hand every quarter and copy the file to the server - which level is that",
                () -> Answerer.TeamContext.UNKNOWN);

        assertThat(quarterly.sources().get(0).id()).startsWith("level-0-no-mlops");
        assertThat(quarterly.confident()).isTrue();
    }

    @Test
    void aModelReleasedByHandWithNothingSaidOfTrainingIsLevelZero() {
        var emailed = answerer.answer("the turbine models get emailed as joblib files to an engineer who restarts the service by hand"
                + " - where does that put us on the ladder", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(emailed.sources().get(0).id()).startsWith("level-0-no-mlops");
        assertThat(emailed.confident()).isTrue();
    }

    @Test
    void practicesToldWithoutWeStillAskWhichLevelTheyMake() {
        var laptop = answerer.answer("the app around it has tests, but the pickle comes off a data scientist's laptop - so which level are we on",
                () -> Answerer.TeamContext.UNKNOWN);

        assertThat(laptop.intent()).isEqualTo(Intent.SEARCH);
        assertThat(laptop.sources().get(0).id()).startsWith("level-1-devops-no-mlops");
    }

    @Test
    void aLevelsSectionOnWhatMovesATeamUpDoesNotSayWhichLevelATeamIsOn() {
        var automatic = answerer.answer("every model retrains automatically from a pipeline - which level is that",
                () -> Answerer.TeamContext.UNKNOWN);

        assertThat(automatic.sources()).extracting(Answerer.Source::id).noneMatch(id -> id.contains("#what-moves-a-team"));
    }

    private static Retriever.Hit hit(String doc, String tags, double score) {
        return new Retriever.Hit(new Passage(doc, doc, doc, "", "", tags, "", "", "", ""), score, (float) score);
    }

    @ParameterizedTest
    @ValueSource(strings = {"several features show up as nan after the supplier changed its export",
            "many features come in empty from the new data vendor"})
    void aPassageRepeatingOneCommonWordOfTheQuestionDoesNotTakeTheWholeLexicalWeight(String question) {
        // "Feature stores - Tools" says "Feature" four times in twenty words: the best BM25 score for "features".
        var answer = answerer.answer(question, () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.sources().subList(0, 3)).extracting(s -> s.id().split("#")[0]).doesNotContain("feature-stores");
    }

    @Test
    void aSymptomToldInEverydayWordsFindsItsCause() {
        var decay = answerer.answer("our model got worse over the last months but we changed nothing",
                () -> Answerer.TeamContext.UNKNOWN);
        var skew = answerer.answer("it works in the notebook but not in production", () -> Answerer.TeamContext.UNKNOWN);

        var upstream = answerer.answer("predictions look weird since the upstream team changed their table",
                () -> Answerer.TeamContext.UNKNOWN);
        var paged = answerer.answer("who gets paged when the model breaks at night?", () -> Answerer.TeamContext.UNKNOWN);
        var fraud = answerer.answer("fraud model keeps missing new fraud patterns", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(decay.sources().get(0).id()).startsWith("model-decay");
        assertThat(skew.sources().get(0).id()).contains("skew");
        assertThat(upstream.sources().get(0).id()).matches("(data-validation|data-quality-monitoring)\\b.*");
        assertThat(paged.sources().get(0).id()).startsWith("model-ownership");
        assertThat(fraud.sources().get(0).id()).startsWith("concept-drift");
        assertThat(fraud.text()).contains("Retrain on recent data");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "all our scores came out as zero this morning | data-validation, data-quality-monitoring",
            "conversions dropped since we deployed the new version | model-rollback, canary-releases, ab-testing-models",
            "the model flags fewer fraud cases each week | model-decay, concept-drift, data-drift",
            "test set results were excellent but live traffic tells another story | training-serving-skew, model-decay",
            "our scores drifted after the spring promotion campaign | model-decay, data-drift, concept-drift",
            "we don't know who to ping when the pricing model acts up | model-ownership",
            "the endpoint returns other numbers than our notebook did | training-serving-skew, model-decay",
            "no new predictions since the weekend | batch-deployment, service-health-monitoring, orchestration",
            "same data, same seeds, yet a different model every time | reproducibility, data-versioning",
            "the credit model approves far more loans than last month | model-decay, data-drift, concept-drift",
            "our scores were all zero this morning | data-validation, data-quality-monitoring, model-decay",
            "the pricing endpoint timed out all afternoon | service-health-monitoring, online-deployment",
            "sales fell the week they released the new pricing model | model-rollback, canary-releases, ab-testing-models, blue-green-deployment",
            "the churn table stopped refreshing on friday | batch-deployment, service-health-monitoring, orchestration",
            "one customer gets other scores in staging than in prod | training-serving-skew, model-decay",
            "the ranker suggests the same songs to every user since the weekend | data-validation, data-quality-monitoring, model-decay",
            "risk scores in the new regions seem totally wrong | model-decay, data-drift, concept-drift, data-validation, data-quality-monitoring",
            "the loan model declines half the applicants now | model-decay, data-drift, concept-drift",
            "each request to the scoring endpoint takes seconds | service-health-monitoring, online-deployment",
            "a bug in the date feature went unnoticed for a year | testing-ml-code, training-serving-skew",
            "the fraud model rejects way more payments this month | model-decay, data-drift, concept-drift",
            "complaints started right after we replaced the model | model-rollback, canary-releases, blue-green-deployment, ab-testing-models",
            "complaints began the day the new ranker went out | model-rollback, canary-releases, blue-green-deployment, ab-testing-models",
            "our offline numbers differ from what the scoring job writes | training-serving-skew, model-decay",
            "signups fell right after the new ranker went live | model-rollback, canary-releases, blue-green-deployment, ab-testing-models",
            "the feature refresh has been failing silently since june | batch-deployment, service-health-monitoring, orchestration",
            "our recommendation service got slower after lunch | service-health-monitoring, online-deployment",
            "since the pandas update the churn scores are a bit off | reproducibility, training-serving-skew",
            "we bumped the python version and now training gives other numbers | reproducibility, training-serving-skew",
            "the customer id field was renamed and the churn scores went odd | data-validation, data-quality-monitoring, model-decay",
            "the spam filter misses new types of attacks | concept-drift, model-decay, retraining-strategies",
            "we ran the same notebook twice and got other results | reproducibility, data-versioning, model-lineage",
            "p99 latency tripled since the new features | service-health-monitoring, online-deployment",
            "the new lookups doubled our response time | service-health-monitoring, online-deployment",
            "the scores look great in the notebook but awful behind the api | training-serving-skew, feature-stores, model-decay",
            "no one can tell which snapshot the live model was trained on | model-lineage, data-versioning",
            "the scoring api's memory keeps growing until the pod restarts | service-health-monitoring, online-deployment",
            "the pricing api's predictions come back as 500 errors since this morning | service-health-monitoring, online-deployment",
            "the chocolate works' model has been slow since the last update | service-health-monitoring, online-deployment",
            "nobody noticed the churn model had stopped retraining for weeks | orchestration, monitoring-beyond-accuracy, retraining-triggers",
            "the credit model declines significantly more applicants this week | model-decay, data-drift, concept-drift, retraining-strategies",
            "nobody remembers who set up the pricing model | model-ownership",
            "month after month the demand forecast gets a bit less accurate | model-decay, data-drift, concept-drift",
            "which model version is serving the app today | model-registry, model-lineage",
            "this week's fresh model does worse than the one it replaced | model-rollback, canary-releases, model-decay, retraining-triggers, ab-testing-models, blue-green-deployment",
            "since the feature refresh every score is stuck at 1 | data-validation, data-quality-monitoring, model-decay",
            "the income column shows zero importance since tuesday | data-validation, data-quality-monitoring, model-decay",
            "the churn scores turned to rubbish overnight | data-validation, data-quality-monitoring, model-decay",
            "we both ran the same experiment and got different numbers | reproducibility, data-versioning, model-lineage",
            "we released the new ranker and complaints went up | model-rollback, canary-releases, blue-green-deployment, ab-testing-models",
            "our scores went strange when the time zone changed | data-validation, data-quality-monitoring, model-decay",
            "great on the backtest but the live numbers disappoint | training-serving-skew, feature-stores, model-decay",
            "the retrained model is worse on the holdout than last month | model-rollback, canary-releases, model-decay, data-drift, concept-drift, retraining-strategies, ab-testing-models, blue-green-deployment",
            "signups dipped since the classifier switchover | model-rollback, canary-releases, ab-testing-models, blue-green-deployment",
            "loan approvals jumped this week | model-decay, data-drift, concept-drift, retraining-strategies",
            "since the supplier updated its export the model is off | data-validation, data-quality-monitoring, model-decay",
            "the churn model's scores jumped after we added a new country | model-decay, data-drift, concept-drift, retraining-strategies",
            "after the feature store migration the model's scores shifted slightly | data-validation, data-quality-monitoring, model-decay",
            "since the new signup flow the fraud model flags twice as many accounts | model-decay, data-drift, concept-drift, retraining-strategies",
            "the ranker's latency grows as the catalogue grows | service-health-monitoring, online-deployment",
            "after switching the embedding model the search results got worse | model-rollback, canary-releases, blue-green-deployment, ab-testing-models",
            "the credit model approves almost nobody since the interest rates went up | model-decay, data-drift, concept-drift, retraining-strategies",
            "since the event logs moved to utc the daily features look shifted | data-validation, data-quality-monitoring, model-decay",
            "the invoice classifier misbehaves after the currency change | data-validation, data-quality-monitoring, model-decay",
            "since the last retrain every shopper sees the same top ten products | data-validation, data-quality-monitoring, model-decay",
            "a third of the events now arrive with a blank user id | data-validation, data-quality-monitoring, model-decay",
            "after the retrain the most important feature is now a column nobody knew | data-validation, data-quality-monitoring, model-decay",
            "same auc as last month's model but different predictions for many users | reproducibility, data-versioning, model-lineage",
            "accurate on the holdout but the call centre says the answers are useless | training-serving-skew, feature-stores, model-decay",
            "in production the model scores well under the holdout auc | training-serving-skew, feature-stores, model-decay",
            "our price model is wrong only for the coastal stores | monitoring-beyond-accuracy, model-performance-monitoring",
            "since sales redesigned the onboarding questionnaire the propensity model is useless | data-validation, data-quality-monitoring, model-decay",
            "the fraud scores have piled up near zero this week | data-validation, data-quality-monitoring, model-decay",
            "after we went to a newer xgboost the risk scores moved slightly | reproducibility, training-serving-skew",
            "our voice assistant performs badly for older speakers | monitoring-beyond-accuracy, model-performance-monitoring",
            "the fraud model blocks 40% more cards this week | model-decay, data-drift, concept-drift, retraining-strategies",
            "the income field is empty for every new signup since friday | data-validation, data-quality-monitoring, model-decay",
            "live recall sits well below what the validation run showed | training-serving-skew, feature-stores, model-decay",
            "since we ported the scoring code to polars the outputs differ for the same rows | reproducibility, training-serving-skew",
            "the scoring job silently reused yesterday's features | batch-deployment, service-health-monitoring, orchestration",
            "the ranking endpoint has returned the same score for every call since noon | data-validation, data-quality-monitoring, model-decay",
            "the tenure feature was computed differently in training and the live scores are off | training-serving-skew, feature-stores, model-decay",
            "the churn model works for new customers but is poor for loyal ones | monitoring-beyond-accuracy, model-performance-monitoring",
            "two runs of the same pipeline gave different models | reproducibility, data-versioning, model-lineage",
            "since bumping numpy our nightly features come out a little different | reproducibility, training-serving-skew",
            "the feature code was reimplemented inside the scoring service and its scores moved | training-serving-skew, feature-stores, model-decay",
            "the scores for all new accounts in spain are now null | data-validation, data-quality-monitoring, model-decay",
            "the supplier's price feed behind the margin model stopped updating on monday | data-quality-monitoring, monitoring-beyond-accuracy",
            "the basket model's main feature stopped refreshing on friday | data-quality-monitoring, monitoring-beyond-accuracy",
            "the ice cream forecasts were spot on until a rival started selling cheaper cones | concept-drift, model-decay, data-drift",
            "once the upstream system switched the region names to capitals, many scores fell back to the default | data-validation, data-quality-monitoring",
            "no one remembers which of the two pickles in s3 is the one serving customers | model-registry, model-lineage",
            "the nightly retrain made a model worse than the one it replaced and it went live anyway | retraining-triggers, governance-approval-gates, ci-cd-for-ml",
            "since the website's redesign the conversion model scores look odd | data-validation, data-quality-monitoring",
            "the routing model is accurate for one region only | monitoring-beyond-accuracy, model-performance-monitoring",
            "the price model is spot on in the north but way off in the south | monitoring-beyond-accuracy, model-performance-monitoring",
            "we trained the 'same' fraud model twice and got different scores | reproducibility, data-versioning, model-lineage",
            "the ranker passed all the offline checks and then flopped in production | training-serving-skew, feature-stores, model-decay",
            "the churn model got worse right after last night's deploy | model-rollback, canary-releases, blue-green-deployment",
            "since the shops migrated to a new till system the sales forecasts are all over the place | data-validation, data-quality-monitoring",
            "the features look the same as last year but the churn forecasts are wrong | concept-drift, model-decay, retraining-strategies",
            "the fraud model's recall fell after the billing team altered the date format | data-validation, data-quality-monitoring",
            "since the scoring job started pulling from a new orders table the forecasts look wrong | data-validation, data-quality-monitoring",
            "since the supplier changed currencies the margin forecasts are off | data-validation, data-quality-monitoring",
            "the share of declined card payments tripled overnight though no model was touched | data-validation, data-quality-monitoring",
            "the revenue forecast came out ten times higher after the finance system upgrade | data-validation, data-quality-monitoring",
            "sign-ups from the website fell the week the site's new version came out, with the model untouched | data-validation, data-quality-monitoring",
            "the lapse model has scored every policy around 0.3 since the weekend | data-validation, data-quality-monitoring",
            "the chargeback model went quiet after the payment processor changed its file format | data-validation, data-quality-monitoring",
            "the lead scores look wrong since the crm deduplication | data-validation, data-quality-monitoring",
            "the booking forecasts are off by an hour since the clocks went back | data-validation, data-quality-monitoring",
            "some requests to the pricing api just hang in the evenings | service-health-monitoring, online-deployment",
            "the batch output has 0.4 for this shop while the online api returns 0.7 | training-serving-skew, feature-stores",
            "the sales forecast does fine on normal weeks but misses every promotion | monitoring-beyond-accuracy, model-performance-monitoring",
            "recall dropped after we launched in a new market | data-drift, model-decay",
            "the churn model's auc has been slipping lower each quarter | model-decay, data-drift, concept-drift",
            "the risk scores shifted the week the card processor changed how it codes refunds | data-validation, data-quality-monitoring",
            "the forecast predicts zero for every product in the east warehouse | data-validation, data-quality-monitoring",
            "no one can rebuild the pricing model and each rerun gives different scores | reproducibility, data-versioning, model-lineage",
            "the new ranker is good for new shoppers but worse for regulars | monitoring-beyond-accuracy, model-performance-monitoring",
            "nobody on the help desk can tell which release of the ranking model is live right now | model-registry, model-lineage",
            "last night's retrain promoted a version that scored worse on the holdout | retraining-triggers, governance-approval-gates, ci-cd-for-ml",
            "the weekly retrain produced a model much worse than last week's | retraining-triggers, governance-approval-gates, ci-cd-for-ml",
            "the upstream shipments table stopped updating on friday | data-quality-monitoring, monitoring-beyond-accuracy",
            "the claims model looks healthy on average but is far worse for first-time claimants | monitoring-beyond-accuracy, model-performance-monitoring",
            "the fraud model flags almost everyone since the amount field started arriving in cents | data-validation, data-quality-monitoring",
            "a retrained churn model got promoted overnight and no one noticed until the weekly report "
                    + "| retraining-triggers, governance-approval-gates, ci-cd-for-ml",
            "the loan model's predictions look stable but refunds keep climbing | concept-drift, model-decay",
            "the pricing endpoint takes twice as long since tuesday's release | service-health-monitoring, online-deployment",
            "the sales forecast went wrong since we moved to a new calendar table | data-validation, data-quality-monitoring",
            "the nightly job ran green but the dashboard is a week behind "
                    + "| batch-deployment, service-health-monitoring, orchestration, data-quality-monitoring",
            "the churn scores jumped on monday although the model file is exactly the same | data-validation, data-quality-monitoring",
            "since the firmware update the meter model reads every house as empty | data-validation, data-quality-monitoring, data-drift",
            "the offers banner has been showing last month's deals for days "
                    + "| batch-deployment, service-health-monitoring, orchestration, data-quality-monitoring",
            "nobody can tell which version of the pricing model set last quarter's prices | model-registry, model-lineage",
            "the finance team renames the product codes every quarter and the churn model breaks | data-validation, data-quality-monitoring",
            "each rerun produces a slightly different ranking | reproducibility",
            "who will be paged when the fraud api times out | model-ownership, service-health-monitoring",
            "the risk model's inputs look just like in training but defaults are up and it misses them | concept-drift, model-decay",
            "the new ranker beat the old one offline but bookings fell after the release | ab-testing-models, model-rollback",
            "the pricing model has been scoring on stale exchange rates | data-quality-monitoring, monitoring-beyond-accuracy",
            "the demand model was fine in staging but all scores in production are exactly zero "
                    + "| data-validation, training-serving-skew, data-quality-monitoring",
            "the cancellation model's predictions all look the same since tuesday | data-validation, data-quality-monitoring, model-decay",
            "the same booking details now lead to different cancellations than last year | concept-drift, model-decay",
            "the spam filter's error rate spikes after a release | model-rollback, canary-releases",
            "the routing model sends every call to the billing queue since this morning | data-validation, data-quality-monitoring, model-decay",
            "we retrained the surge model and now the api rejects half the requests | model-rollback, canary-releases",
            "our summariser got slower each week as traffic grew | service-health-monitoring, online-deployment",
            "the electricity price model's errors jumped the week the clocks went back | data-validation, data-quality-monitoring, model-decay",
            "the museum forecast was spot on until the new exhibition opened and now it's way off | model-decay, data-drift, concept-drift",
            "the vineyard model gives great results in the notebook but odd ones in the nightly job | training-serving-skew",
            "the bike-share model keeps sending vans to empty stations since the city added new docks | model-decay, data-drift, concept-drift",
            "the pet pricing model quotes wildly different prices in the app and in the batch export | training-serving-skew",
            "after tuesday's deploy the job-ad matcher shows the same five ads to everyone | model-rollback, canary-releases, data-validation",
            "the greenhouse model keeps predicting high humidity although the new vents are open | model-decay, data-drift, concept-drift",
            "the energy theft scores are all exactly 0.5 today | data-validation, data-quality-monitoring",
            "the ad click model's offline auc is up but clicks are down since launch | ab-testing-models, model-rollback, monitoring-beyond-accuracy",
            "the complaint classifier started labelling everything as 'noise' after the form changed | data-validation, data-quality-monitoring",
            "the rental model's predictions for the city centre are way off since the new tram line opened | model-decay, data-drift, concept-drift",
            "the eta model says every parcel arrives at noon since monday | data-validation, data-quality-monitoring",
            "the ocr model reads every total as 0.00 since the new invoice template | data-validation, data-quality-monitoring",
            "the crop classifier is confused by photos since the app started compressing them | data-validation, data-drift, training-serving-skew",
            "the ranker looked better offline but applications went down after launch | ab-testing-models, model-rollback, monitoring-beyond-accuracy",
            "the car price model undervalues every car since the dealers' feed switched to miles | data-validation, data-quality-monitoring",
            "the shelf model spotted gaps perfectly in testing but misses them in the stores | training-serving-skew, feature-stores",
            "the vineyard model scored well on last year's holdout and is badly off this autumn | model-decay, data-drift, concept-drift",
            "the ticket model flags every request from the new portal as spam | data-validation, data-quality-monitoring",
            "the energy forecasts went to zero for every region at noon | data-validation, data-quality-monitoring",
            "the wine model suggests red for every dish since the menu upload | data-validation, data-quality-monitoring",
            "the scanner model is great in the tests but misses parcels at the depots | training-serving-skew, feature-stores",
            "since tuesday's deploy the playlist suggestions are all jazz | model-rollback, canary-releases",
            "the filter lets through all invoices from one supplier | data-validation, data-quality-monitoring",
            "the forecasts are identical for every store today | data-validation, data-quality-monitoring",
            "since the lab upgraded its microscopes the cell counter misses half the cells | data-validation, data-quality-monitoring",
            "the ranker did well in backtests but it loses us clients | ab-testing-models, model-rollback, monitoring-beyond-accuracy",
            "since the new ranker went out, complaints soared | model-rollback, canary-releases",
            "the fare model is slowly losing us customers | model-decay, data-drift, concept-drift",
            "the delivery estimate is too optimistic since the new hub opened | model-decay, data-drift, concept-drift",
            "the suggested articles are read less and less | model-decay, data-drift, concept-drift",
            "the triage model was 95% accurate in testing but the nurses say it's often wrong | training-serving-skew, feature-stores",
            "the quiz model beat the current one offline but sign-ups dropped after release | ab-testing-models, model-rollback, monitoring-beyond-accuracy",
            "the playlist model recommends the same song to every listener since friday | data-validation, data-quality-monitoring",
            "players behave differently since the patch | concept-drift, model-decay",
            "the ice forecast keeps missing thaws since the river warmed | model-decay, data-drift, concept-drift",
            "the bus model is overestimating journey times since the new schedule took effect | model-decay, data-drift, concept-drift",
            "the sorting model scored well in tests but live sorting is off | training-serving-skew, feature-stores, model-decay",
            "the label reader misreads every parcel since the scanner was swapped | data-validation, data-quality-monitoring",
            "the aquarium model's error creeps up a little each quarter | model-decay, data-drift, concept-drift",
            "since the museum opened a new wing the visitor model is way off | model-decay, data-drift, concept-drift",
            "the museum model scores fine in training and poorly for real visitors | training-serving-skew, feature-stores",
            "the bakery model has underpredicted bread sales every saturday since the new menu | model-decay, data-drift, concept-drift",
            "the bakery model was spot on in the notebook but wrong in the shop | training-serving-skew, feature-stores",
            "since the new tram line opened the queue model underestimates every afternoon | model-decay, data-drift, concept-drift",
            "the dispatch model predicts zero callouts since the booking system changed its codes | data-validation, data-quality-monitoring",
            "the rowing model did well in validation but poorly on real races | training-serving-skew, feature-stores, model-decay",
            "how do we see that the bakery's shoppers now order different cakes than in training | data-drift, concept-drift",
            "how do we notice that the kiln sensor feed stopped arriving | data-quality-monitoring",
            "the kiln model gives a different answer on the laptop and on the server for the same firing | reproducibility, training-serving-skew",
            "the kiln model flags every order since the order form got a new glaze field | data-validation, data-quality-monitoring",
            "who looks after the kiln model when the potter who built it moves away | model-ownership",
            "the kiln model has been predicting too many returns since the new glaze supplier started | model-decay, data-drift, concept-drift",
            "who is in charge of the kiln model | model-ownership",
            "the kiln model has been overbooking firings every week since the craft fair moved to sunday | model-decay, data-drift, concept-drift",
            "the kiln model keeps underestimating mug orders since easter ended | model-decay, data-drift, concept-drift",
            "how do we make sure the kiln model trains the same next month as today | reproducibility",
            "the kiln model has been predicting too few mugs since the craft market opened | model-decay, data-drift, concept-drift",
            "the kiln api falls over when the summer sale starts | service-health-monitoring, online-deployment",
            "does the kiln team need level 3 | choosing-target-level, cost-of-automation, level-3-automated-deployment",
            "the new kiln model is worse, how do we switch back | model-rollback",
            "the kiln model went haywire after the booking form added a new glaze type | data-validation, data-quality-monitoring, data-drift",
            "the kiln model broke when the clay supplier switched weights to grams | data-validation, data-quality-monitoring",
            "how do we get the same kiln glaze model when we rerun training | reproducibility",
            "who is on call for the seed potato kiln model | model-ownership",
            "two training runs of the kiln model never give the same scores | reproducibility, data-versioning, model-lineage",
            "the kiln model has guessed too few orders every weekend since the new shop opened | model-decay, data-drift, concept-drift",
            "the kiln model has overpriced bowls every week since the new gallery opened | model-decay, data-drift, concept-drift",
            "the kiln model orders far more clay than the potters use since the new studio opened | model-decay, data-drift, concept-drift"})
    void moreSymptomsFindTheirCauses(String symptom, String causes) {
        var answer = answerer.answer(symptom, () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.confident()).isTrue();
        assertThat(answer.sources().get(0).id().split("#")[0]).isIn((Object[]) causes.split(", "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"our nightly retrain used identical settings yet the weights came out different",
            "two runs with identical settings give a different accuracy each time",
            "same config, two training runs, two different aucs",
            "we retrained with the same data and ended up with a different model",
            "two of us trained the same model and got different numbers",
            "identical parameters but the new run's scores differ from last week's"})
    void aSymptomIsAnsweredFromItsLikeliestCauseFirst(String symptom) {
        var answer = answerer.answer(symptom, () -> Answerer.TeamContext.UNKNOWN);

        assertThat(Symptoms.read(symptom).likeliest()).containsExactly("reproducibility");
        assertThat(answer.sources().get(0).id()).startsWith("reproducibility");
    }

    @Test
    void aDropInTheInputDataQualityIsNotTheModelDecaying() {
        assertThat(Symptoms.read("the model's quality drops every winter").likeliest()).containsExactly("model-decay");
        assertThat(Symptoms.tells("how do we see when the input data quality drops")).isFalse();
    }

    @Test
    void aCandidateWorseThanTheLiveModelIsNotTheModelDecaying() {
        assertThat(Symptoms.tells("the 3am retrain must not deploy a model that is worse than the current one")).isFalse();
        assertThat(Symptoms.tells("a candidate that is less accurate than the model in production must not ship")).isFalse();
        assertThat(Symptoms.tells("the model is worse than it was in march")).isTrue();
        assertThat(Symptoms.read("the click-through rate halved after the page redesign").likeliest()).containsExactly("model-decay");
    }

    @Test
    void aLossRightAfterAReleaseIsTheReleaseNotDecay() {
        assertThat(Symptoms.read("the churn model got worse right after last night's deploy").causes())
                .contains("model-rollback").doesNotContain("model-decay");
        assertThat(Symptoms.read("quality dropped this quarter and we deployed nothing").likeliest()).containsExactly("model-decay");
        // Decay is slow: a drop overnight with nothing released points at the data first.
        assertThat(Symptoms.read("quality dropped overnight and we deployed nothing").likeliest()).containsExactly("data-validation");
    }

    @Test
    void aDropToldAsAConditionIsNotASymptom() {
        assertThat(Symptoms.tells("retrain the ranker whenever its recall drops below 0.6")).isFalse();
        assertThat(Symptoms.tells("a retrain that fires when accuracy falls")).isFalse();
        assertThat(Symptoms.tells("retrain only when the dashboard shows the model got worse")).isFalse();
        assertThat(Symptoms.tells("how do we switch it off after launch")).isFalse();
        assertThat(Symptoms.tells("the ranker's recall dropped below 0.6 last week")).isTrue();
        assertThat(Symptoms.tells("the ranker's recall drops below 0.6 every weekend")).isTrue();
    }

    @Test
    void labelsOrReadingsThatStopArrivingOrAModelThatKeepsPayingOffAreNoSymptom() {
        assertThat(Symptoms.tells("the fraud model's labels stopped arriving last month")).isFalse();
        assertThat(Symptoms.tells("how would we find out the meter readings stopped arriving for one district")).isFalse();
        assertThat(Symptoms.tells("the new recommender keeps paying off after launch")).isFalse();
        assertThat(Symptoms.tells("the nightly scores stopped arriving last month")).isTrue();
    }

    @Test
    void aModelWorseForOneGroupIsASegmentButNotWhenTheGroupIsUs() {
        assertThat(Symptoms.read("the speech model does worse for strong accents").likeliest()).containsExactly("monitoring-beyond-accuracy");
        assertThat(Symptoms.read("the claims model's error rate is far higher for rural customers").likeliest())
                .containsExactly("monitoring-beyond-accuracy");
        assertThat(Symptoms.tells("the cheaper instance type works badly for us")).isFalse();
    }

    @Test
    void askingHowALossWouldBeNoticedIsAboutMonitoringNotDecay() {
        assertThat(Symptoms.tells("how would we notice the churn model getting worse")).isFalse();
        assertThat(Symptoms.tells("which metrics tell us the ranker is degrading before the labels arrive")).isFalse();
        assertThat(Symptoms.tells("the churn model got worse in march - how would our monitoring have caught that")).isFalse();
        assertThat(Symptoms.tells("how do we find out the ranker got worse before the labels arrive")).isFalse();
        assertThat(Symptoms.tells("nobody labels the tickets now - what could still warn us the router is getting worse")).isFalse();
        assertThat(Symptoms.tells("the churn model got worse this month")).isTrue();
    }

    @Test
    void aForecastsErrorIsItsQualityNotAServicesFailedRequests() {
        assertThat(Symptoms.tells("retrain only the stores whose error grew")).isFalse();
        assertThat(Symptoms.tells("the pricing api's errors grew overnight")).isTrue();
        assertThat(Symptoms.tells("since the upgrade its latency grew")).isTrue();
    }

    @Test
    void aModelGoodForSomeAndPoorForOthersIsASegmentToWatch() {
        assertThat(Symptoms.read("the model works well for returning shoppers but poor for first-time ones").likeliest())
                .containsExactly("monitoring-beyond-accuracy");
        assertThat(Symptoms.read("the churn scores for enterprise customers collapsed while smb ones look normal").likeliest())
                .containsExactly("monitoring-beyond-accuracy");
        assertThat(Symptoms.read("the forecasts for the new product line are way off while older products look fine").likeliest())
                .containsExactly("monitoring-beyond-accuracy");
        assertThat(Symptoms.read("the analytics team renamed the country codes and the model treats everyone as unknown").likeliest())
                .containsExactly("data-validation");
    }

    @Test
    void notKnowingWhereTheOldModelWasIsNotAJobThatDidNotRun() {
        assertThat(Symptoms.tells("the rollback took four hours because nobody knew where the old model was")).isFalse();
        assertThat(Symptoms.tells("last night's scores were all zero and nobody knew")).isTrue();
    }

    @Test
    void notKnowingWhoApprovedAModelIsNotAnOwnershipSymptom() {
        assertThat(Symptoms.read("nobody knows who approved the model in production").causes()).doesNotContain("model-ownership");
        assertThat(Symptoms.read("nobody knows who owns the pricing model").causes()).contains("model-ownership");
    }

    @Test
    void askingWhomToCallIsAnOwnershipSymptomOnlyAboutAModel() {
        assertThat(Symptoms.read("the drift alert fired again - who do we call").causes()).contains("model-ownership");
        assertThat(Symptoms.read("the nightly scoring job broke again, who fixes it").causes()).contains("model-ownership");
        for (var aside : List.of("my expense form keeps bouncing - who do i ask", "the vpn in the berlin office keeps dropping, who fixes that")) {
            assertThat(Symptoms.tells(aside)).as(aside).isFalse();
            assertThat(answerer.answer(aside, () -> Answerer.TeamContext.UNKNOWN).confident()).as(aside).isFalse();
        }
    }

    @Test
    void decayToldBesideAMoreSpecificSymptomLeavesTheLikeliestCauseToIt() {
        var question = "since we upgraded the libraries the predictions are worse";
        var told = Symptoms.read(question);
        var answer = answerer.answer(question, () -> Answerer.TeamContext.UNKNOWN);

        assertThat(told.causes()).contains("model-decay", "reproducibility");
        assertThat(told.likeliest()).containsExactly("reproducibility");
        assertThat(answer.sources().get(0).id()).startsWith("reproducibility");
        assertThat(Symptoms.read("the predictions shifted").likeliest()).containsExactly("model-decay");
    }

    @Test
    void greetingsThanksAndHelpGetShortRepliesNotArticles() {
        var hi = answerer.answer("Hi!", () -> Answerer.TeamContext.UNKNOWN);
        var thanks = answerer.answer("thanks :)", () -> Answerer.TeamContext.UNKNOWN);
        var help = answerer.answer("help", () -> Answerer.TeamContext.UNKNOWN);
        var question = answerer.answer("hi, how do we detect data drift?", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(hi.intent()).isEqualTo(Intent.GREETING);
        assertThat(hi.text()).startsWith("Hi!").contains("/mlops-assess");
        assertThat(thanks.intent()).isEqualTo(Intent.THANKS);
        assertThat(thanks.text()).startsWith("You're welcome");
        assertThat(help.intent()).isEqualTo(Intent.HELP);
        assertThat(help.text()).contains("Ask me").contains("/mlops-assess explain");
        assertThat(List.of(hi, thanks, help)).allSatisfy(a -> assertThat(a.sources()).isEmpty());
        assertThat(question.intent()).isEqualTo(Intent.SEARCH);
    }

    @Test
    void aGreetingOrThanksInWordsTheRulesMissIsConversationWhenNothingAnswersIt() {
        var greeting = answerer.answer("evening folks, hope the week went well", () -> Answerer.TeamContext.UNKNOWN);
        var thanks = answerer.answer("that was spot on, cheers for sorting it out", () -> Answerer.TeamContext.UNKNOWN);
        var question = answerer.answer("hi, how do we run federated learning across hospitals?", () -> Answerer.TeamContext.UNKNOWN);

        assertThat(greeting.intent()).isEqualTo(Intent.GREETING);
        assertThat(greeting.text()).startsWith("Hi! ");
        assertThat(thanks.intent()).isEqualTo(Intent.THANKS);
        assertThat(question.intent()).isEqualTo(Intent.SEARCH);
        assertThat(question.certainty()).isEqualTo(Answerer.Certainty.NOT_SURE);
    }

    @Test
    void spellingIsCorrectedOnlyForWordsTheKnowledgeNeverUses() {
        var retriever = TestKnowledge.retriever();

        assertThat(retriever.correctSpelling("drfit detection?")).isEqualTo("drift detection?");
        assertThat(retriever.correctSpelling("Canery release")).isEqualTo("canary release");
        assertThat(retriever.correctSpelling("what metrics should i track")).isEqualTo("what metrics should i track");
        assertThat(retriever.correctSpelling("the new model broke checkout")).isEqualTo("the new model broke checkout");
        assertThat(retriever.correctSpelling("pizza near the office")).isEqualTo("pizza near the office");
        // English words the knowledge happens not to use are not misspellings of words it does use.
        assertThat(retriever.correctSpelling("split data for a time series model"))
                .isEqualTo("split data for a time series model");
        assertThat(retriever.correctSpelling("it took a day to reset")).isEqualTo("it took a day to reset");
        // Two edits read a short word as another ("offsite" is not "offline"); a long one keeps its second edit.
        assertThat(retriever.correctSpelling("lunch at the offsite")).isEqualTo("lunch at the offsite");
        assertThat(retriever.correctSpelling("a relashionship that changes")).isEqualTo("a relationship that changes");
        // An English word with an ending is that word ("flagged" is not "flagger"); a misspelt ending is not.
        assertThat(retriever.correctSpelling("nobody flagged it when monitoring complains"))
                .isEqualTo("nobody flagged it when monitoring complains");
        assertThat(retriever.correctSpelling("runing a modle in shadw moed")).isEqualTo("running a model in shadow mode");
        assertThat(retriever.correctSpelling("we cloned the repo")).isEqualTo("we cloned the repo");
        // Chat shorthand is read as its words: "wen" is too short to correct and "shud" was read as "shut".
        assertThat(retriever.correctSpelling("wat shud we do wen drift shows up")).isEqualTo("what should we do when drift shows up");
        assertThat(retriever.correctSpelling("go bak to the old one")).isEqualTo("go back to the old one");
        assertThat(retriever.correctSpelling("shud we rol back")).isEqualTo("should we roll back");
        assertThat(retriever.correctSpelling("hw can we tel")).isEqualTo("how can we tell");
        // A word written as the stemmer spells a word ending in "y" is that word misspelt; a stem of another word is not.
        assertThat(retriever.correctSpelling("accuracy dropped after the deploi")).isEqualTo("accuracy dropped after the deploy");
        assertThat(retriever.correctSpelling("which rung is that")).isEqualTo("which rung is that");
        // The "g" chat drops is put back, even where the tokenizer knows the short form ("goin"); "thin" is not "thing".
        assertThat(retriever.correctSpelling("still trainin it by hand")).isEqualTo("still training it by hand");
        assertThat(retriever.correctSpelling("stop a bad model goin to production")).isEqualTo("stop a bad model going to production");
        assertThat(retriever.correctSpelling("a thin slice of traffic")).isEqualTo("a thin slice of traffic");
    }

    @Test
    void aLongMessageIsReadUpToTheLimitAndSaysSo() {
        var pasted = "how do we detect data drift? here is our log: " + "ERROR upstream timeout after 30s ".repeat(1_300);

        var answer = answerer.answer(pasted, () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.question()).hasSizeLessThanOrEqualTo(Answerer.LONGEST_QUESTION).startsWith("how do we detect data drift?");
        assertThat(answer.text()).startsWith("_Your message is long: I read its first " + answer.question().length()
                + " characters._\n");
        assertThat(answer.sources().get(0).id()).startsWith("data-drift");
    }

    @Test
    void aRepeatedQuestionIsAnsweredFromTheCache() {
        var first = answerer.search("What is a model registry for?");
        var again = answerer.search("what is a model registry for?  ");

        assertThat(again).isSameAs(first);
    }
}
