package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rectify.HttpTestClient;
import org.rectify.meeting.MeetingRegister;

/**
 * Journey of a NEW contract (issue 25, 签约前法律审查): the office registers it on the 合同登记 screen as not
 * yet signed — the registration starts {@code contract-renewal}, which calls {@code
 * contract-signing} at once; the legal adviser gives the formal opinion in Tasklist, the department
 * records the signing in Tasklist, and the register (API and screen) shows the contract signed on
 * that opinion.
 */
class ContractSigningJourneyBrowserTest extends JourneyTestSupport {

  private static final String FORM = "rectify-contract-form";
  private static final By MENU =
      By.xpath(
          "//button[contains(@class,'rectify-office-button')]"
              + "[starts-with(normalize-space(),'合同与会议')]");

  @Test
  void aNewContractRegisteredOnTheScreenIsSignedOnlyAfterTheLegalAdvisersOpinion()
      throws Exception {
    String number = "HT-LH-2026-301";
    String opinion = "法意〔2026〕301号";

    openContractScreen("office1");
    type("number", number);
    type("title", "湿地公园绿化养护服务");
    type("contractor", "深圳市青坪园林绿化有限公司");
    type("contractorCreditCode", OfficeTestData.creditCode("91440310MA5H0C30"));
    new Select(field("department")).selectByVisibleText("园林绿化科");
    new Select(field("category")).selectByVisibleText("园林绿化养护");
    type("amount", "68");
    new Select(field("amountUnit")).selectByVisibleText("万元");
    new Select(field("procurementMethod")).selectByVisibleText("三方比价");
    type("startsOn", MeetingRegister.today().plusDays(30).toString());
    type("endsOn", MeetingRegister.today().plusDays(30).plusYears(1).minusDays(1).toString());
    new Select(field("signed")).selectByVisibleText("尚未签订（先经法律顾问审查，再签订）");
    browser.screenshot("contract-new-signing-registered-on-screen");
    browser.waitForClickable(By.id(FORM + "-submit")).click();
    browser.waitForText(By.cssSelector("#" + FORM + " .rectify-office-status"), "已登记合同 " + number);
    assertThat(contract(number).get("legalOpinionRef").isNull()).isTrue();

    String renewal =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey("contract-renewal")
            .processInstanceBusinessKey(number)
            .singleResult()
            .getId();
    String signingInstance =
        runtimeService
            .createProcessInstanceQuery()
            .superProcessInstanceId(renewal)
            .processDefinitionKey("contract-signing")
            .singleResult()
            .getId();
    Journey signing = journey("contract-new-signing", signingInstance, number);
    signing.assertQueuedFor("法律顾问审查合同", "legal");
    signing.step(
        "lawyer-clears",
        "legal1",
        DEPARTMENT_TASKS,
        "法律顾问审查合同",
        form -> {
          form.type("法律意见书编号", opinion);
          form.choose("无异议");
        });
    signing.assertQueuedFor("签订合同", "greening");
    signing.step(
        "department-signs",
        "greening1",
        DEPARTMENT_TASKS,
        "签订合同",
        form -> form.date("签订日期", MeetingRegister.today()));
    signing.assertWalkedAsDeclared();

    JsonNode register = contract(number);
    assertThat(register.get("legalOpinionRef").asText()).isEqualTo(opinion);
    assertThat(register.get("signedOn").asText()).isEqualTo(MeetingRegister.today().toString());
    assertThat(
            managementService
                .createJobQuery()
                .processInstanceId(renewal)
                .activityId("Timer_RenewalReminder")
                .timers()
                .count())
        .as("the term is scheduled once the contract is signed")
        .isOne();

    // the office's register shows it signed on the opinion
    openContractScreen("office1");
    By row = By.cssSelector(".rectify-contract-table tr[data-key='" + number + "']");
    browser.waitForText(row, MeetingRegister.today() + " 签订（法律意见书 " + opinion + "）");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.waitFor(row));
    browser.screenshot("contract-new-signing-register");
  }

  private void openContractScreen(String user) {
    browser.reset();
    browser.open(TASKLIST);
    browser.logIn(user, "demo");
    browser.waitForClickable(MENU).click();
    browser.waitForClickable(By.cssSelector(".rectify-office-entry-contracts")).click();
    browser.waitFor(By.id(FORM));
  }

  private WebElement field(String name) {
    return browser.waitFor(By.id(FORM + "-" + name));
  }

  private void type(String name, String text) {
    WebElement input = field(name);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
  }

  private JsonNode contract(String number) throws Exception {
    HttpResponse<String> response =
        new HttpTestClient(port).get("/api/contracts/" + number, "office1", "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }
}
