package dev.mlopsguide.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.app.Application;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.slack.RunningApp;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox in a real headless Chromium: a person types commands, clicks through modals, answers a team thread as
 * two people, asks by mention and opens the App Home. Screenshots of each go to target/screenshots. Without
 * Chromium the tests are skipped, except under CI, where that is a failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String PAGE_FILE = "sandbox-page.json";
    private static Path temp;
    private static Application application;
    private static Sandbox sandbox;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium and ChromeDriver are required under CI: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Browser tests skipped: install Debian's chromium and chromium-driver to run them");
        temp = Files.createTempDirectory("sandbox-test");
        var clock = TestClock.running();
        application = RunningApp.application(Store.open(DatabaseSettings.h2(temp.resolve("data")), clock), clock);
        sandbox = Sandbox.start(application, 0, Optional.of(temp.resolve(PAGE_FILE)));
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1600,1000", "--user-data-dir=" + temp.resolve("chrome"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .withLogFile(temp.resolve("chromedriver.log").toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get(sandbox.url());
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            // The page polls the sandbox every 400 ms; leave it first, or a Chromium process that outlives quit()
            // keeps polling the closed port, which another test's fake Slack may be given next.
            browser.get("about:blank");
            browser.quit();
        }
        if (sandbox != null) {
            sandbox.close();
        }
        if (application != null) {
            application.close();
        }
    }

    @Test
    @Order(0)
    void aValidationErrorKeepsTheAnswersAlreadyChosen() throws Exception {
        channel("CDATASCI");
        type("/mlops-assess");
        var modal = wait.until(d -> d.findElement(By.id("modal")));
        var first = modal.findElements(By.cssSelector("input[type=radio]")).get(0);
        first.click();

        modal.findElement(By.id("modal-submit")).click();

        wait.until(d -> !d.findElements(By.cssSelector("#modal .bk-error")).isEmpty());
        var chosen = browser.findElements(By.cssSelector("#modal input[type=radio]")).get(0);
        assertThat(chosen.isSelected()).as("the answer chosen before the error").isTrue();
        screenshot("00-validation-error-keeps-answers");
        browser.findElement(By.id("modal-close")).click();
        wait.until(d -> d.findElements(By.id("modal")).isEmpty());
        channel("CPLATFORM");
    }

    @Test
    @Order(1)
    void aWholeAssessmentInTheModalEndsWithTheResultMessage() throws Exception {
        var answers = TestContent.team("level-2-automated-training.yml");
        type("/mlops-assess");

        int areas = 0;
        while (true) {
            var modal = wait.until(d -> d.findElement(By.id("modal")));
            var title = modal.findElement(By.tagName("header")).getText();
            if (title.startsWith("Your MLOps level")) {
                break;
            }
            areas++;
            var before = modal.getText();
            choose(modal, answers);
            if (areas == 2) {
                screenshot("01-assessment-modal");
            }
            modal.findElement(By.id("modal-submit")).click();
            wait.until(d -> !d.findElement(By.id("modal")).getText().equals(before));
        }
        assertThat(areas).isEqualTo(6);
        assertThat(browser.findElement(By.id("modal")).getText()).contains("MLOps maturity: level 2 · Automated Training");
        screenshot("02-assessment-result");
        browser.findElement(By.id("modal-close")).click();
        var result = wait.until(d -> d.findElements(By.cssSelector("#messages .message.ephemeral")).stream()
                .map(WebElement::getText).filter(t -> t.contains("Share in channel")).findFirst().orElse(null));
        assertThat(result).contains("Only visible to you").contains("level 2");
        screenshot("03-result-message");
    }

    @Test
    @Order(2)
    void aTeamThreadAnsweredByTwoPeople() throws Exception {
        channel("CDATASCI");
        type("/mlops-assess team");
        openThreadOf("Team MLOps assessment");

        answerInThread("No model in production yet", 2);
        user("UBOB");
        answerInThread("Data and software engineers build and run its pipeline together", 3);
        wait.until(d -> d.findElement(By.id("thread")).getText().contains("answered by @bob"));
        screenshot("04-team-thread");
        // Finish scores a thread once half of its questions are answered: five of the nine that apply to a team
        // with nothing deployed.
        answerInThread("By hand - queries, exports or files copied into notebooks", 4);
        answerInThread("In a shared tracker, every run", 5);
        answerInThread("Application, training and scoring code, every step", 6);

        wait.until(d -> {
            root(d).findElement(By.cssSelector("[data-action-id='thread_finish']")).click();
            return true;
        });
        wait.until(d -> d.findElement(By.id("thread")).getText().contains("MLOps maturity: level"));
        assertThat(browser.findElement(By.id("thread")).getText()).contains("answered by @alice").contains("answered by @bob");
        wait.until(d -> root(d).getText().contains("finished at"));
        screenshot("05-team-result");
        user("UALICE");
        browser.findElement(By.id("close-thread")).click();
    }

    @Test
    @Order(3)
    void aQuestionByMentionIsAnsweredInTheThread() throws Exception {
        channel("CPLATFORM");
        type("@MLOps Guide how do we detect data drift?");
        openThreadOf("how do we detect data drift?");
        wait.until(d -> d.findElement(By.id("thread")).getText().contains("Detecting data drift"));
        assertThat(browser.findElement(By.id("thread")).getText()).contains("Helpful").contains("Sources");
        screenshot("06-answer-in-thread");
        browser.findElement(By.id("close-thread")).click();
    }

    @Test
    @Order(4)
    void theAppHomeShowsTheLatestResult() throws Exception {
        user("UALICE");
        browser.findElement(By.id("open-home")).click();
        wait.until(d -> d.findElement(By.id("home")).getText().contains("level 2"));
        assertThat(browser.findElement(By.id("home")).getText()).contains("Assess again").contains("Next steps");
        screenshot("07-app-home");
    }

    @Test
    @Order(5)
    void aChannelTypedWithItsHashIsOfferedAndTheDigestPreviewComesWithItsChart() throws Exception {
        channel("CPLATFORM");
        var composer = browser.findElement(By.id("composer"));
        composer.sendKeys("/mlops-assess digest on #data");
        wait.until(d -> d.findElement(By.cssSelector("#suggestions button[data-channel='data-science']"))).click();
        assertThat(composer.getAttribute("value")).isEqualTo("/mlops-assess digest on #data-science ");
        composer.sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(By.id("messages")).getText().contains("Subscribed #data-science"));

        type("/mlops-assess digest preview");
        wait.until(d -> d.findElement(By.id("messages")).getText().contains("The preview as it will be posted"));
        channel("DM");
        wait.until(d -> !d.findElements(By.cssSelector("#messages .message")).isEmpty());
        openThreadOf("MLOps digest of");
        var chart = wait.until(d -> d.findElement(By.cssSelector("#thread-messages .file img")));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", chart));
        screenshot("08-digest-with-chart");
        browser.findElement(By.id("close-thread")).click();
    }

    @Test
    @Order(6)
    void theAppHomeButtonsAskWhichTeamAndSendADigestWhereAndWhenChosen() throws Exception {
        user("UALICE");
        browser.findElement(By.id("open-home")).click();
        wait.until(d -> d.findElement(By.id("home")).getText().contains("Assess again"));
        clickHome("home_assess");
        var chooser = wait.until(d -> d.findElement(By.cssSelector("#modal select.bk-conversations")));
        assertThat(new Select(chooser).getFirstSelectedOption().getText()).startsWith("# ");
        screenshot("09-assess-which-team");
        browser.findElement(By.id("modal-submit")).click();
        wait.until(d -> d.findElement(By.id("modal")).getText().contains("Area 1 of"));
        assertThat(browser.findElement(By.id("modal")).getText()).contains("Your team's answers of");
        browser.findElement(By.id("modal-close")).click();
        wait.until(d -> d.findElements(By.id("modal")).isEmpty());

        clickHome("home_digest");
        var form = wait.until(d -> d.findElement(By.id("modal")));
        new Select(form.findElement(By.cssSelector("select.bk-conversations"))).selectByValue("CPLATFORM");
        new Select(form.findElements(By.cssSelector("select.bk-select")).stream()
                .filter(s -> !s.getAttribute("class").contains("bk-conversations")).findFirst().orElseThrow())
                .selectByValue("FRIDAY");
        screenshot("10-digest-form");
        browser.findElement(By.id("modal-submit")).click();
        wait.until(d -> d.findElement(By.id("modal")).getText().contains("every Friday at 09:00"));
        browser.findElement(By.id("modal-close")).click();
        wait.until(d -> d.findElement(By.id("home")).getText().contains("#ml-platform: every Friday at 09:00"));
        screenshot("11-app-home-digests");

        var stops = browser.findElements(By.cssSelector("#home button[data-action-id='home_digest_stop']")).size();
        clickHome("home_digest_stop");
        wait.until(d -> d.findElements(By.cssSelector("#home button[data-action-id='home_digest_stop']")).size() == stops - 1);
    }

    @Test
    @Order(7)
    void aRestartKeepsATeamThreadThatCanBeContinued() throws Exception {
        channel("CPLATFORM");
        type("/mlops-assess team");
        openThreadOf("Team MLOps assessment");
        answerInThread("No model in production yet", 2);

        sandbox.close();
        sandbox = Sandbox.start(application, 0, Optional.of(temp.resolve(PAGE_FILE)));
        browser.get(sandbox.url());
        channel("CPLATFORM");
        openThreadOf("Team MLOps assessment");
        wait.until(d -> d.findElements(By.cssSelector("#thread-messages .message")).size() >= 3);
        answerInThread("Data and software engineers build and run its pipeline together", 3);
        screenshot("12-thread-after-restart");
        browser.findElement(By.id("close-thread")).click();
    }

    @Test
    @Order(8)
    void theWorkflowStepStartsACheckInWhoseCardChangesAnAnswerInPlace() throws Exception {
        user("UALICE");
        channel("CDATASCI");
        browser.findElement(By.id("run-step")).click();
        openThreadOf("Time for the team's MLOps check-in");
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            var menus = d.findElements(By.cssSelector("#thread-messages select.bk-select"));
            if (menus.isEmpty()) {
                return false;
            }
            // The first question's menu: its last answer, chosen in place.
            var menu = new Select(menus.get(0));
            menu.selectByIndex(menu.getOptions().size() - 1);
            return true;
        });
        wait.until(d -> d.findElement(By.id("thread")).getText().contains("@alice"));
        screenshot("13-check-in-card");
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("#thread-messages [data-action-id='checkin_confirm']")).click();
            return true;
        });
        wait.until(d -> d.findElement(By.id("thread")).getText().contains("MLOps maturity: level"));
        assertThat(browser.findElement(By.id("thread")).getText()).contains("Answered by @alice");
        browser.findElement(By.id("close-thread")).click();
    }

    @Test
    @Order(9)
    void everyBlockTypeIsRenderedAndUnknownOnesAreShown() {
        var html = (String) ((JavascriptExecutor) browser).executeScript("""
                return BlockKit.render([
                  {type: 'header', text: {type: 'plain_text', text: 'A header :tada:'}},
                  {type: 'section', text: {type: 'mrkdwn', text: '*bold* _italic_ ~strike~ `code` <https://x.test|a link> <@UBOB> <#C1|general>\\n• item\\n> quote'},
                   accessory: {type: 'button', text: {type: 'plain_text', text: 'Go'}, action_id: 'go', value: 'v', style: 'primary'}},
                  {type: 'section', fields: [{type: 'mrkdwn', text: '*Field*'}, {type: 'plain_text', text: 'Two'}]},
                  {type: 'divider'},
                  {type: 'context', elements: [{type: 'mrkdwn', text: 'context'}, {type: 'image', image_url: 'https://x.test/i.png', alt_text: 'pic'}]},
                  {type: 'actions', elements: [
                     {type: 'static_select', action_id: 's', placeholder: {type: 'plain_text', text: 'Pick'}, options: [{text: {type: 'plain_text', text: 'One'}, value: '1'}]},
                     {type: 'overflow', action_id: 'o', options: [{text: {type: 'plain_text', text: 'More'}, value: 'm'}]},
                     {type: 'radio_buttons', action_id: 'r', options: [{text: {type: 'plain_text', text: 'Yes'}, value: 'y'}]},
                     {type: 'checkboxes', action_id: 'c', options: [{text: {type: 'mrkdwn', text: '*Tick*'}, value: 't'}]}]},
                  {type: 'image', image_url: 'https://x.test/chart.png', alt_text: 'chart', title: {type: 'plain_text', text: 'Chart'}},
                  {type: 'input', block_id: 'b', label: {type: 'plain_text', text: 'Label'}, hint: {type: 'plain_text', text: 'Hint'},
                   element: {type: 'plain_text_input', action_id: 'p', initial_value: 'typed'}},
                  {type: 'carousel', elements: []}
                ], {inputs: []}).outerHTML;""");

        assertThat(html).contains("class=\"bk-header\"").contains("tada").contains("<b>bold</b>").contains("<i>italic</i>")
                .contains("<s>strike</s>").contains("<code>code</code>").contains("href=\"https://x.test\"")
                .contains("@bob").contains("#general").contains("<blockquote>quote</blockquote>")
                .contains("bk-button primary").contains("bk-fields").contains("bk-divider").contains("bk-context")
                .contains("bk-select").contains("bk-overflow").contains("type=\"radio\"").contains("type=\"checkbox\"")
                .contains("alt=\"chart\"").contains("bk-input").contains("Hint").contains("bk-unknown")
                .contains("Unsupported carousel");
    }

    /** Clicks the replies link of the message with this text, once the page shows one; the page re-renders often. */
    private static void openThreadOf(String text) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            var replies = d.findElements(By.cssSelector("#messages .message")).stream()
                    .filter(m -> m.getText().contains(text)).flatMap(m -> m.findElements(By.className("replies")).stream())
                    .findFirst();
            replies.ifPresent(WebElement::click);
            return replies.isPresent();
        });
    }

    private static WebElement root(WebDriver d) {
        return d.findElements(By.cssSelector("#messages .message")).stream()
                .filter(m -> m.getText().contains("Team MLOps assessment")).findFirst().orElseThrow();
    }

    /** Clicks the option button of the newest question in the open thread, then waits for the next one. */
    private static void answerInThread(String option, int expectedQuestions) {
        wait.until(d -> {
            var messages = d.findElements(By.cssSelector("#thread-messages .message"));
            var button = messages.get(messages.size() - 1).findElements(By.cssSelector("button.bk-button")).stream()
                    .filter(b -> b.getText().equals(option)).findFirst();
            button.ifPresent(WebElement::click);
            return button.isPresent();
        });
        wait.until(d -> d.findElements(By.cssSelector("#thread-messages .message")).size() >= expectedQuestions + 1);
    }

    /** Clicks a button of the App Home once it is there; the Home is drawn again whenever the app publishes it. */
    private static void clickHome(String actionId) {
        wait.until(d -> {
            d.findElement(By.cssSelector("#home button[data-action-id='" + actionId + "']")).click();
            return true;
        });
    }

    private static void choose(WebElement modal, Answers answers) {
        for (var radio : modal.findElements(By.cssSelector("input[type=radio]"))) {
            var question = radio.getAttribute("data-block-id");
            if (answers.optionOf(question).map(radio.getAttribute("value")::equals).orElse(false) && !radio.isSelected()) {
                radio.click();
            }
        }
    }

    private static void type(String text) {
        var composer = browser.findElement(By.id("composer"));
        composer.sendKeys(text);
        composer.sendKeys(Keys.ENTER);
    }

    private static void channel(String id) {
        browser.findElement(By.cssSelector(".channel-link[data-channel='" + id + "']")).click();
    }

    private static void user(String id) {
        new Select(browser.findElement(By.id("user"))).selectByValue(id);
    }

    private static void screenshot(String name) throws Exception {
        var folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

}
