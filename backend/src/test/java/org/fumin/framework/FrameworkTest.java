package org.fumin.framework;

import static org.fumin.testing.Api.api;
import static org.fumin.testing.Api.withKey;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import io.restassured.path.json.JsonPath;
import org.fumin.testing.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FrameworkTest {

  @Inject FrameworkService frameworks;

  @Test
  void otherFeaturesLookUpFrameworkNamesAndEditionsById() {
    java.util.Map<Long, FrameworkApi.FrameworkRef> refs = refs(java.util.List.of(1L, 999_999L));
    org.assertj.core.api.Assertions.assertThat(refs).containsOnlyKeys(1L);
    org.assertj.core.api.Assertions.assertThat(refs.get(1L).name()).isEqualTo("扬州市就业富民乡村振兴基地培育标准");
    org.assertj.core.api.Assertions.assertThat(refs.get(1L).edition()).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(refs(java.util.List.of())).isEmpty();
  }

  @Transactional
  java.util.Map<Long, FrameworkApi.FrameworkRef> refs(java.util.List<Long> ids) {
    return frameworks.refs(ids);
  }

  @Test
  void thePlansFrameworkIsSeededWith17StandardIndicatorsAnd4BonusItems() {
    api().get("/api/v1/frameworks").then().statusCode(200)
        .body("find { it.edition == 1 }.name", equalTo("扬州市就业富民乡村振兴基地培育标准"))
        .body("find { it.edition == 1 }.standardCount", equalTo(17))
        .body("find { it.edition == 1 }.bonusCount", equalTo(4));
    JsonPath framework = api().get("/api/v1/frameworks/1").then().statusCode(200)
        .body("categories.titleZh", contains("组织推动", "就业创业", "技能培训", "人才队伍", "社会保障", "公共服务", "加分项"))
        .body("categories[1].indicators.code", contains("3", "4", "5", "6", "7", "8", "9", "10"))
        .body("categories[6].indicators.code", contains("B1", "B2", "B3", "B4"))
        .body("categories[6].indicators.kind", contains("BONUS", "BONUS", "BONUS", "BONUS"))
        .extract().jsonPath();
    org.assertj.core.api.Assertions.assertThat(framework.getList("categories.indicators.flatten().findAll { it.kind == 'STANDARD' }"))
        .hasSize(17);
  }

  @Test
  void indicator15CarriesThe95PercentPensionThreshold() {
    api().get("/api/v1/frameworks/1").then().statusCode(200)
        .body("categories[4].indicators[0].code", equalTo("15"))
        .body("categories[4].indicators[0].titleZh", equalTo("精准实施全民参保计划"))
        .body("categories[4].indicators[0].metrics", hasSize(1))
        .body("categories[4].indicators[0].metrics[0].unit", equalTo("%"))
        .body("categories[4].indicators[0].metrics[0].comparator", equalTo(">="))
        .body("categories[4].indicators[0].metrics[0].threshold", equalTo(95))
        .body("categories[4].indicators[0].criteria", hasItem(containsString("基本养老保险参保率达95%以上")));
  }

  @Test
  void theSeededTextUsesFullWidthCommasAsThePlanDoes() {
    JsonPath framework = api().get("/api/v1/frameworks/1").then().statusCode(200).extract().jsonPath();
    List<String> texts = new java.util.ArrayList<>(framework.<String>getList("categories.indicators.flatten().textZh"));
    framework.<List<String>>getList("categories.indicators.flatten().criteria").forEach(texts::addAll);
    org.assertj.core.api.Assertions.assertThat(texts).hasSizeGreaterThan(21)
        .noneMatch(text -> java.util.regex.Pattern.compile("[^\\x00-\\x7f],|,[^\\x00-\\x7f]").matcher(text).find());
    org.assertj.core.api.Assertions.assertThat(framework.getString("categories[4].indicators[0].textZh"))
        .startsWith("城乡居民基本养老保险覆盖面不断扩大，基本养老保险参保率达95%以上。");
  }

  @Test
  void aThirdPartySystemWithAReadKeyCanFetchTheFramework() {
    withKey(Fixtures.apiKey(null, "read")).get("/api/v1/frameworks/1").then().statusCode(200)
        .body("categories[0].indicators[0].titleZh", equalTo("压实乡村振兴工作责任"));
    api().get("/api/v1/frameworks/999").then().statusCode(404);
  }

  @Test
  void aCopyIsTheNextEditionAndItsIndicatorsCanBeEditedWithIfMatch() {
    io.restassured.response.Response copy = api().body(java.util.Map.of("name", "扬州市就业富民乡村振兴基地培育标准"))
        .post("/api/v1/frameworks/1/copies");
    copy.then().statusCode(201).body("basedOnId", equalTo(1)).body("frozen", equalTo(false))
        .body("categories[4].indicators[0].metrics[0].threshold", equalTo(95));
    long id = copy.jsonPath().getLong("id");
    org.assertj.core.api.Assertions.assertThat(copy.jsonPath().getInt("edition")).isGreaterThan(1);
    long indicator = copy.jsonPath().getLong("categories[4].indicators[0].id");
    java.util.Map<String, Object> change = java.util.Map.of("titleZh", "精准实施全民参保计划", "textZh", "参保率达97%以上。",
        "glossEn", "pension participation >= 97 %", "criteria", java.util.List.of("基本养老保险参保率达97%以上"),
        "metrics", java.util.List.of(java.util.Map.of("nameZh", "基本养老保险参保率", "nameEn", "Basic pension insurance participation rate",
            "unit", "%", "comparator", ">=", "threshold", 97)));
    org.fumin.testing.Api.invalid().body(change).put("/api/v1/frameworks/" + id + "/indicators/" + indicator).then().statusCode(428);
    String etag = api().get("/api/v1/frameworks/" + id).header("ETag");
    api().header("If-Match", etag).body(change).put("/api/v1/frameworks/" + id + "/indicators/" + indicator).then().statusCode(200)
        .body("categories[4].indicators[0].metrics[0].threshold", equalTo(97))
        .body("categories[4].indicators[0].criteria", contains("基本养老保险参保率达97%以上"));
    api().header("If-Match", etag).body(change).put("/api/v1/frameworks/" + id + "/indicators/" + indicator).then().statusCode(412);
    // the original edition is untouched
    api().get("/api/v1/frameworks/1").then().body("categories[4].indicators[0].metrics[0].threshold", equalTo(95));
    api().header("If-Match", "*").body(change).put("/api/v1/frameworks/" + id + "/indicators/999999").then().statusCode(404);
  }
}
