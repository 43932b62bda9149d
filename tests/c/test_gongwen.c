/*
 * C tests of libgongwen: every exported function, its success path and its error paths
 * (NULL arguments, out-of-range indexes, invalid UTF-8, undecodable bytes, too large
 * input). Built with -std=c11 -Wall -Wextra -Werror against the committed header and run
 * under AddressSanitizer + UndefinedBehaviorSanitizer (and valgrind) by scripts/test-c.sh.
 *
 * Usage: test_gongwen [FIXTURE]   (FIXTURE: a corpus task notice, 154 tasks)
 * Prints one line per failure and closes with "N passed, M failed".
 */
#define _POSIX_C_SOURCE 200809L

#include "gongwen.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed = 0;
static int failed = 0;

#define CHECK(cond)                                                                        \
    do {                                                                                   \
        if (cond) {                                                                        \
            passed++;                                                                      \
        } else {                                                                           \
            failed++;                                                                      \
            fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);                \
        }                                                                                  \
    } while (0)

#define CHECK_STATUS(call, expected) CHECK((call) == (expected))

/* A view equals a NUL-terminated string. */
static int str_eq(gw_str s, const char *want) {
    size_t n = strlen(want);
    return s.ptr != NULL && s.len == n && memcmp(s.ptr, want, n) == 0;
}

static const char SAMPLE[] =
    "济源市人民政府办公室\n"
    "关于做好2024年重点工作的通知\n"
    "各镇人民政府：\n"
    "一、总体要求\n"
    "1.生产总值增长6.5%。(发展改革委负责)\n"
    "2.新建5G基站200个，6月底前完成。(工业和信息化局牵头,各县区政府等相关单位配合)\n"
    "4.完成投资300亿元。(财政局负责负责)\n"
    "二、保障措施\n"
    "（一）加强组织领导\n"
    "\n"
    "2024年6月27日\n";

static gw_document *parse_sample(void) {
    gw_document *doc = NULL;
    gw_error *err = (gw_error *)1; /* must be overwritten with NULL on success */
    gw_status st = gw_parse(SAMPLE, strlen(SAMPLE), NULL, &doc, &err);
    CHECK(st == GW_STATUS_OK);
    CHECK(err == NULL);
    CHECK(doc != NULL);
    return doc;
}

static void test_version(void) {
    const char *v = gw_version();
    CHECK(v != NULL);
    CHECK(strcmp(v, GW_VERSION_STRING) == 0);
    char packed[32];
    snprintf(packed, sizeof packed, "%d.%d.%d", GW_VERSION_MAJOR, GW_VERSION_MINOR,
             GW_VERSION_PATCH);
    CHECK(strcmp(v, packed) == 0);
    CHECK(GW_VERSION_NUMBER ==
          GW_VERSION_MAJOR * 10000 + GW_VERSION_MINOR * 100 + GW_VERSION_PATCH);
}

static void test_options(void) {
    gw_options *opts = NULL;
    CHECK_STATUS(gw_options_new(NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_options_new(&opts), GW_STATUS_OK);
    CHECK(opts != NULL);
    CHECK_STATUS(gw_options_set_max_input_bytes(NULL, 10), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_options_set_max_input_bytes(opts, 10), GW_STATUS_OK);

    /* Over the limit: gw_parse_bytes refuses, with no offset. */
    gw_document *doc = (gw_document *)1;
    gw_error *err = NULL;
    const uint8_t *bytes = (const uint8_t *)SAMPLE;
    CHECK_STATUS(gw_parse_bytes(bytes, strlen(SAMPLE), opts, &doc, &err), GW_STATUS_TOO_LARGE);
    CHECK(doc == NULL);
    CHECK(err != NULL);
    CHECK_STATUS(gw_error_kind(err), GW_STATUS_TOO_LARGE);
    CHECK(strstr(gw_error_message(err), "exceeds the limit") != NULL);
    size_t offset = 99;
    CHECK_STATUS(gw_error_offset(err, &offset), GW_STATUS_ABSENT);
    CHECK(offset == 0);
    gw_error_free(err);

    /* gw_parse keeps the limit too, for text already in memory. */
    doc = (gw_document *)1;
    CHECK_STATUS(gw_parse(SAMPLE, strlen(SAMPLE), opts, &doc, &err), GW_STATUS_TOO_LARGE);
    CHECK(doc == NULL);
    CHECK_STATUS(gw_error_kind(err), GW_STATUS_TOO_LARGE);
    gw_error_free(err);
    err = NULL;
    CHECK_STATUS(gw_options_set_max_input_bytes(opts, strlen(SAMPLE)), GW_STATUS_OK);
    CHECK_STATUS(gw_parse(SAMPLE, strlen(SAMPLE), opts, &doc, NULL), GW_STATUS_OK);
    gw_document_free(doc);
    CHECK_STATUS(gw_parse_bytes(bytes, strlen(SAMPLE), opts, &doc, NULL), GW_STATUS_OK);
    gw_document_free(doc);
    CHECK_STATUS(gw_options_set_max_input_bytes(opts, 10), GW_STATUS_OK);

    gw_options_free(opts);
    gw_options_free(NULL);
}

static void test_parse_errors(void) {
    gw_document *doc = NULL;
    gw_error *err = NULL;

    /* NULL out. */
    CHECK_STATUS(gw_parse("a", 1, NULL, NULL, &err), GW_STATUS_NULL_PARAMETER);
    CHECK(err != NULL);
    CHECK_STATUS(gw_error_kind(err), GW_STATUS_NULL_PARAMETER);
    gw_error_free(err);
    CHECK_STATUS(gw_parse_bytes((const uint8_t *)"a", 1, NULL, NULL, NULL),
                 GW_STATUS_NULL_PARAMETER);

    /* NULL text with a length. */
    err = NULL;
    CHECK_STATUS(gw_parse(NULL, 5, NULL, &doc, &err), GW_STATUS_NULL_PARAMETER);
    CHECK(doc == NULL);
    CHECK(err != NULL);
    gw_error_free(err);
    CHECK_STATUS(gw_parse_bytes(NULL, 5, NULL, &doc, NULL), GW_STATUS_NULL_PARAMETER);

    /* NULL text of length 0 is the empty document. */
    CHECK_STATUS(gw_parse(NULL, 0, NULL, &doc, NULL), GW_STATUS_OK);
    CHECK(doc != NULL);
    size_t n = 99;
    CHECK_STATUS(gw_document_task_count(doc, &n), GW_STATUS_OK);
    CHECK(n == 0);
    gw_doc_kind kind = GW_DOC_KIND_ARTICLE;
    CHECK_STATUS(gw_document_kind(doc, &kind), GW_STATUS_OK);
    CHECK(kind == GW_DOC_KIND_UNKNOWN);
    gw_str title;
    CHECK_STATUS(gw_document_title(doc, &title), GW_STATUS_ABSENT);
    CHECK(title.ptr != NULL && title.len == 0);
    gw_str date;
    CHECK_STATUS(gw_document_date(doc, &date), GW_STATUS_ABSENT);
    uint32_t y = 1, m = 1, d = 1;
    gw_span where;
    CHECK_STATUS(gw_document_date_parts(doc, &y, &m, &d, &where), GW_STATUS_ABSENT);
    CHECK(y == 0 && m == 0 && d == 0);
    gw_document_free(doc);
    CHECK_STATUS(gw_parse_bytes(NULL, 0, NULL, &doc, NULL), GW_STATUS_OK);
    gw_document_free(doc);

    /* Invalid UTF-8: a status and the offset of the first bad byte. */
    static const char bad[] = "一、\xff\xfe总体";
    doc = (gw_document *)1;
    err = NULL;
    CHECK_STATUS(gw_parse(bad, sizeof bad - 1, NULL, &doc, &err), GW_STATUS_INVALID_UTF8);
    CHECK(doc == NULL);
    CHECK(err != NULL);
    CHECK_STATUS(gw_error_kind(err), GW_STATUS_INVALID_UTF8);
    size_t offset = 0;
    CHECK_STATUS(gw_error_offset(err, &offset), GW_STATUS_OK);
    CHECK(offset == 6);
    CHECK(strcmp(gw_error_message(err), "invalid UTF-8 input at byte 6") == 0);
    CHECK_STATUS(gw_error_offset(err, NULL), GW_STATUS_NULL_PARAMETER);
    gw_error_free(err);
    /* Without an error object the status alone tells. */
    CHECK_STATUS(gw_parse(bad, sizeof bad - 1, NULL, &doc, NULL), GW_STATUS_INVALID_UTF8);

    /* Undecodable bytes: a UTF-8 BOM, then an invalid byte at offset 5. */
    static const uint8_t undecodable[] = {0xEF, 0xBB, 0xBF, 'a', 'b', 0xFF, 'c'};
    err = NULL;
    CHECK_STATUS(gw_parse_bytes(undecodable, sizeof undecodable, NULL, &doc, &err),
                 GW_STATUS_DECODE);
    CHECK_STATUS(gw_error_kind(err), GW_STATUS_DECODE);
    CHECK_STATUS(gw_error_offset(err, &offset), GW_STATUS_OK);
    CHECK(offset == 5);
    CHECK(strstr(gw_error_message(err), "at byte 5") != NULL);
    gw_error_free(err);

    /* Error accessors and frees on NULL. */
    CHECK_STATUS(gw_error_kind(NULL), GW_STATUS_NULL_PARAMETER);
    CHECK(strcmp(gw_error_message(NULL), "null error") == 0);
    CHECK_STATUS(gw_error_offset(NULL, &offset), GW_STATUS_NULL_PARAMETER);
    gw_error_free(NULL);
    gw_document_free(NULL);
    gw_string_free(NULL);
}

static void test_interior_nul(void) {
    /* Text with an interior NUL is text: the length, not a terminator, ends it. */
    static const char text[] = "关于\0测试的通知\n";
    gw_document *doc = NULL;
    CHECK_STATUS(gw_parse(text, sizeof text - 1, NULL, &doc, NULL), GW_STATUS_OK);
    gw_str src;
    CHECK_STATUS(gw_document_source(doc, &src), GW_STATUS_OK);
    CHECK(src.len == sizeof text - 1);
    gw_document_free(doc);
}

static void test_bytes(void) {
    /* GB18030: 关于做好重点工作的通知\n1.完成投资。(财政局负责)\n */
    static const uint8_t gb[] =
        "\xb9\xd8\xd3\xda\xd7\xf6\xba\xc3\xd6\xd8\xb5\xe3\xb9\xa4\xd7\xf7\xb5\xc4\xcd\xa8"
        "\xd6\xaa\x0a\x31\x2e\xcd\xea\xb3\xc9\xcd\xb6\xd7\xca\xa1\xa3\x28\xb2\xc6\xd5\xfe"
        "\xbe\xd6\xb8\xba\xd4\xf0\x29\x0a";
    gw_document *doc = NULL;
    gw_error *err = NULL;
    CHECK_STATUS(gw_parse_bytes(gb, sizeof gb - 1, NULL, &doc, &err), GW_STATUS_OK);
    CHECK(err == NULL);
    gw_str enc, src, title;
    CHECK_STATUS(gw_document_encoding(doc, &enc), GW_STATUS_OK);
    CHECK(str_eq(enc, "gb18030"));
    CHECK_STATUS(gw_document_source(doc, &src), GW_STATUS_OK);
    CHECK(src.len > 3 && memcmp(src.ptr, "关于", strlen("关于")) == 0);
    CHECK_STATUS(gw_document_title(doc, &title), GW_STATUS_OK);
    CHECK(str_eq(title, "关于做好重点工作的通知"));
    gw_document_free(doc);

    /* UTF-16LE with BOM: "通知\n" */
    static const uint8_t u16[] = {0xFF, 0xFE, 0x1A, 0x90, 0xE5, 0x77, 0x0A, 0x00};
    CHECK_STATUS(gw_parse_bytes(u16, sizeof u16, NULL, &doc, NULL), GW_STATUS_OK);
    CHECK_STATUS(gw_document_encoding(doc, &enc), GW_STATUS_OK);
    CHECK(str_eq(enc, "UTF-16LE"));
    CHECK_STATUS(gw_document_source(doc, &src), GW_STATUS_OK);
    CHECK(str_eq(src, "通知\n"));
    gw_document_free(doc);

    /* A document from gw_parse has no encoding. */
    CHECK_STATUS(gw_parse("x", 1, NULL, &doc, NULL), GW_STATUS_OK);
    CHECK_STATUS(gw_document_encoding(doc, &enc), GW_STATUS_ABSENT);
    CHECK(enc.len == 0);
    gw_document_free(doc);
}

static void test_input_formats(void) {
    /* A page is told from its bytes; forced to text, its tags stay. */
    static const char page[] = "<html><body><p>\xe9\x80\x9a\xe7\x9f\xa5</p></body></html>";
    gw_document *doc = NULL;
    gw_str src;
    CHECK_STATUS(gw_parse_bytes((const uint8_t *)page, strlen(page), NULL, &doc, NULL), GW_STATUS_OK);
    CHECK_STATUS(gw_document_source(doc, &src), GW_STATUS_OK);
    CHECK(str_eq(src, "通知\n"));
    gw_document_free(doc);
    gw_options *opts = NULL;
    CHECK_STATUS(gw_options_new(&opts), GW_STATUS_OK);
    CHECK_STATUS(gw_options_set_input_format(NULL, GW_INPUT_FORMAT_TEXT), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_options_set_input_format(opts, GW_INPUT_FORMAT_TEXT), GW_STATUS_OK);
    CHECK_STATUS(gw_parse_bytes((const uint8_t *)page, strlen(page), opts, &doc, NULL), GW_STATUS_OK);
    CHECK_STATUS(gw_document_source(doc, &src), GW_STATUS_OK);
    CHECK(src.len == strlen(page));
    gw_document_free(doc);

    /* An empty zip is not a Word file: unreadable, and the message names the part. */
    static const uint8_t empty_zip[22] = {'P', 'K', 5, 6};
    gw_error *err = NULL;
    CHECK_STATUS(gw_options_set_input_format(opts, GW_INPUT_FORMAT_AUTO), GW_STATUS_OK);
    CHECK_STATUS(gw_parse_bytes(empty_zip, sizeof empty_zip, opts, &doc, &err), GW_STATUS_UNREADABLE);
    CHECK(doc == NULL);
    CHECK_STATUS(gw_error_kind(err), GW_STATUS_UNREADABLE);
    CHECK(strstr(gw_error_message(err), "docx: word/document.xml: missing") != NULL);
    gw_error_free(err);
    CHECK_STATUS(gw_options_set_input_format(opts, GW_INPUT_FORMAT_DOCX), GW_STATUS_OK);
    CHECK_STATUS(gw_parse_bytes((const uint8_t *)"x", 1, opts, &doc, NULL), GW_STATUS_UNREADABLE);
    CHECK_STATUS(gw_options_set_input_format(opts, GW_INPUT_FORMAT_HTML), GW_STATUS_OK);
    CHECK_STATUS(gw_parse_bytes((const uint8_t *)"x", 1, opts, &doc, NULL), GW_STATUS_OK);
    gw_document_free(doc);
    gw_options_free(opts);
}

static void test_document(void) {
    gw_document *doc = parse_sample();
    gw_str s;
    gw_span span;

    gw_doc_kind kind = GW_DOC_KIND_UNKNOWN;
    CHECK_STATUS(gw_document_kind(doc, &kind), GW_STATUS_OK);
    CHECK(kind == GW_DOC_KIND_TASK_NOTICE);
    CHECK_STATUS(gw_document_kind_name(doc, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "task_notice"));
    CHECK_STATUS(gw_document_title(doc, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "济源市人民政府办公室关于做好2024年重点工作的通知"));
    CHECK_STATUS(gw_document_date(doc, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "2024-06-27"));
    uint32_t y = 0, m = 0, d = 0;
    CHECK_STATUS(gw_document_date_parts(doc, &y, &m, &d, &span), GW_STATUS_OK);
    CHECK(y == 2024 && m == 6 && d == 27);
    gw_str src;
    CHECK_STATUS(gw_document_source(doc, &src), GW_STATUS_OK);
    CHECK(src.len == strlen(SAMPLE) && memcmp(src.ptr, SAMPLE, src.len) == 0);
    CHECK(span.end <= src.len && span.start < span.end);
    CHECK(memcmp(src.ptr + span.start, "2024年", strlen("2024年")) == 0);

    /* The JSON export. */
    char *json = NULL;
    size_t len = 0;
    CHECK_STATUS(gw_document_to_json(doc, &json, &len), GW_STATUS_OK);
    CHECK(json != NULL && len == strlen(json));
    CHECK(json != NULL && json[0] == '{');
    CHECK(json != NULL && strstr(json, "\"kind\": \"task_notice\"") != NULL);
    gw_string_free(json);
    json = NULL;
    CHECK_STATUS(gw_document_to_json(doc, &json, NULL), GW_STATUS_OK);
    gw_string_free(json);
    CHECK_STATUS(gw_document_to_json(doc, NULL, &len), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_to_json(NULL, &json, &len), GW_STATUS_NULL_PARAMETER);

    /* The HTML page: same ownership as the JSON export; units marked by role. */
    char *page = NULL;
    CHECK_STATUS(gw_document_to_html(doc, &page, &len), GW_STATUS_OK);
    CHECK(page != NULL && len == strlen(page));
    CHECK(page != NULL && strncmp(page, "<!DOCTYPE html>", 15) == 0);
    CHECK(page != NULL && strstr(page, "data-gw=\"unit\" data-role=\"lead\"") != NULL);
    CHECK(page != NULL && strstr(page, "data-gw=\"task\"") != NULL);
    gw_string_free(page);
    page = NULL;
    CHECK_STATUS(gw_document_to_html(doc, &page, NULL), GW_STATUS_OK);
    gw_string_free(page);
    CHECK_STATUS(gw_document_to_html(doc, NULL, &len), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_to_html(NULL, &page, &len), GW_STATUS_NULL_PARAMETER);

    /* NULL document or out pointer: a status, never a crash. */
    CHECK_STATUS(gw_document_source(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_source(doc, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_encoding(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_kind(NULL, &kind), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_kind(doc, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_kind_name(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_title(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_title(doc, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_date(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_date_parts(NULL, &y, &m, &d, &span), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_date_parts(doc, &y, NULL, &d, &span), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_date_parts(doc, &y, &m, &d, NULL), GW_STATUS_NULL_PARAMETER);

    gw_document_free(doc);
}

static void test_outline(void) {
    gw_document *doc = parse_sample();
    size_t n = 0;
    CHECK_STATUS(gw_document_outline_count(doc, &n), GW_STATUS_OK);
    CHECK(n == 3);
    const gw_heading *h = NULL;
    CHECK_STATUS(gw_document_outline_entry(doc, 2, &h), GW_STATUS_OK);
    uint32_t level = 0;
    uint64_t number = 0;
    bool run_in = true;
    gw_str s;
    gw_span span;
    CHECK_STATUS(gw_heading_level(h, &level), GW_STATUS_OK);
    CHECK(level == 2);
    CHECK_STATUS(gw_heading_marker(h, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "（一）"));
    CHECK_STATUS(gw_heading_number(h, &number), GW_STATUS_OK);
    CHECK(number == 1);
    CHECK_STATUS(gw_heading_title(h, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "加强组织领导"));
    CHECK_STATUS(gw_heading_span(h, &span), GW_STATUS_OK);
    CHECK(memcmp(SAMPLE + span.start, "（一）", strlen("（一）")) == 0);
    CHECK_STATUS(gw_heading_run_in(h, &run_in), GW_STATUS_OK);
    CHECK(!run_in);
    uint32_t id = 99;
    CHECK_STATUS(gw_heading_id(h, &id), GW_STATUS_OK);
    CHECK(id == 2);
    for (size_t i = 0; i < n; i++) {
        CHECK_STATUS(gw_document_outline_entry(doc, i, &h), GW_STATUS_OK);
        CHECK_STATUS(gw_heading_id(h, &id), GW_STATUS_OK);
        CHECK(id == i);
    }

    /* Out of range and NULL. */
    CHECK_STATUS(gw_document_outline_entry(doc, n, &h), GW_STATUS_OUT_OF_RANGE);
    CHECK_STATUS(gw_document_outline_entry(doc, (size_t)-1, &h), GW_STATUS_OUT_OF_RANGE);
    CHECK_STATUS(gw_document_outline_entry(NULL, 0, &h), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_outline_entry(doc, 0, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_outline_count(NULL, &n), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_outline_count(doc, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_heading_level(NULL, &level), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_heading_level(h, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_heading_marker(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_heading_number(NULL, &number), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_heading_title(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_heading_span(NULL, &span), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_heading_run_in(NULL, &run_in), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_heading_id(NULL, &id), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_heading_id(h, NULL), GW_STATUS_NULL_PARAMETER);
    gw_document_free(doc);

    /* An unnumbered heading has no number. */
    static const char text[] = "关于做好重点工作的通知\n一、总体要求\n1.完成投资。(财政局负责)\n";
    CHECK_STATUS(gw_parse(text, strlen(text), NULL, &doc, NULL), GW_STATUS_OK);
    CHECK_STATUS(gw_document_outline_entry(doc, 0, &h), GW_STATUS_OK);
    CHECK_STATUS(gw_heading_number(h, &number), GW_STATUS_OK);
    CHECK(number == 1);
    gw_document_free(doc);
}

static void test_tasks(void) {
    gw_document *doc = parse_sample();
    size_t n = 0;
    CHECK_STATUS(gw_document_task_count(doc, &n), GW_STATUS_OK);
    CHECK(n == 3);
    const gw_task *t = NULL;
    CHECK_STATUS(gw_document_task(doc, 1, &t), GW_STATUS_OK);
    uint64_t number = 0;
    gw_str s;
    gw_span span;
    CHECK_STATUS(gw_task_number(t, &number), GW_STATUS_OK);
    CHECK(number == 2);
    uint32_t id = 99;
    CHECK_STATUS(gw_task_id(t, &id), GW_STATUS_OK);
    CHECK(id == 1);
    CHECK_STATUS(gw_task_text(t, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "新建5G基站200个，6月底前完成。"));
    CHECK_STATUS(gw_task_span(t, &span), GW_STATUS_OK);
    CHECK(memcmp(SAMPLE + span.start, "2.新建", strlen("2.新建")) == 0);
    CHECK_STATUS(gw_task_deadline(t, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "6月底前"));

    size_t units = 0;
    CHECK_STATUS(gw_task_unit_count(t, &units), GW_STATUS_OK);
    CHECK(units == 2);
    const gw_unit *u = NULL;
    gw_role role = GW_ROLE_UNKNOWN;
    gw_unit_type ukind = GW_UNIT_TYPE_OTHER;
    uint32_t flags = 99;
    CHECK_STATUS(gw_task_unit(t, 0, &u), GW_STATUS_OK);
    CHECK_STATUS(gw_unit_name(u, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "工业和信息化局"));
    CHECK_STATUS(gw_unit_role(u, &role), GW_STATUS_OK);
    CHECK(role == GW_ROLE_LEAD);
    CHECK_STATUS(gw_unit_kind(u, &ukind), GW_STATUS_OK);
    CHECK(ukind == GW_UNIT_TYPE_DEPARTMENT);
    CHECK_STATUS(gw_unit_flags(u, &flags), GW_STATUS_OK);
    CHECK(flags == 0);
    CHECK_STATUS(gw_unit_span(u, &span), GW_STATUS_OK);
    CHECK(span.end - span.start == strlen("工业和信息化局"));
    CHECK(memcmp(SAMPLE + span.start, "工业和信息化局", span.end - span.start) == 0);
    CHECK_STATUS(gw_task_unit(t, 1, &u), GW_STATUS_OK);
    CHECK_STATUS(gw_unit_name(u, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "各县区政府"));
    CHECK_STATUS(gw_unit_role(u, &role), GW_STATUS_OK);
    CHECK(role == GW_ROLE_SUPPORT);
    CHECK_STATUS(gw_unit_flags(u, &flags), GW_STATUS_OK);
    CHECK((flags & GW_UNIT_FLAG_COLLECTIVE) != 0);
    CHECK((flags & GW_UNIT_FLAG_AND_OTHERS) != 0);
    CHECK((flags & GW_UNIT_FLAG_DISTRIBUTIVE) == 0);

    /* A task without deadline. */
    CHECK_STATUS(gw_document_task(doc, 0, &t), GW_STATUS_OK);
    CHECK_STATUS(gw_task_deadline(t, &s), GW_STATUS_ABSENT);
    CHECK(s.ptr != NULL && s.len == 0);
    CHECK_STATUS(gw_task_unit(t, 0, &u), GW_STATUS_OK);
    CHECK_STATUS(gw_unit_role(u, &role), GW_STATUS_OK);
    CHECK(role == GW_ROLE_RESPONSIBLE);

    /* Out of range and NULL. */
    CHECK_STATUS(gw_document_task(doc, n, &t), GW_STATUS_OUT_OF_RANGE);
    CHECK_STATUS(gw_document_task(NULL, 0, &t), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_task(doc, 0, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_task_count(NULL, &n), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_task_unit(t, 1, &u), GW_STATUS_OUT_OF_RANGE);
    CHECK_STATUS(gw_task_unit(NULL, 0, &u), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_task_unit(t, 0, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_task_unit_count(NULL, &units), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_task_unit_count(t, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_task_number(NULL, &number), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_task_number(t, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_task_id(NULL, &id), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_task_id(t, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_task_text(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_task_span(NULL, &span), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_task_deadline(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_unit_name(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_unit_name(u, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_unit_role(NULL, &role), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_unit_kind(NULL, &ukind), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_unit_flags(NULL, &flags), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_unit_span(NULL, &span), GW_STATUS_NULL_PARAMETER);
    gw_document_free(doc);
}

static void test_unit_summaries(void) {
    gw_document *doc = parse_sample();
    size_t n = 0;
    CHECK_STATUS(gw_document_unit_summary_count(doc, &n), GW_STATUS_OK);
    CHECK(n == 4);
    const gw_unit_summary *row = NULL;
    gw_str s;
    gw_unit_type kind = GW_UNIT_TYPE_OTHER;
    const uint32_t *ids = NULL;
    size_t len = 99;

    CHECK_STATUS(gw_document_unit_summary(doc, 1, &row), GW_STATUS_OK);
    CHECK_STATUS(gw_unit_summary_name(row, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "工业和信息化局"));
    CHECK_STATUS(gw_unit_summary_kind(row, &kind), GW_STATUS_OK);
    CHECK(kind == GW_UNIT_TYPE_DEPARTMENT);
    CHECK_STATUS(gw_unit_summary_lead(row, &ids, &len), GW_STATUS_OK);
    CHECK(len == 1 && ids[0] == 1);
    CHECK_STATUS(gw_unit_summary_support(row, &ids, &len), GW_STATUS_OK);
    CHECK(len == 0 && ids != NULL);
    CHECK_STATUS(gw_unit_summary_responsible(row, &ids, &len), GW_STATUS_OK);
    CHECK(len == 0 && ids != NULL);
    CHECK_STATUS(gw_unit_summary_tasks(row, &ids, &len), GW_STATUS_OK);
    CHECK(len == 1 && ids[0] == 1);

    CHECK_STATUS(gw_document_unit_summary(doc, 3, &row), GW_STATUS_OK);
    CHECK_STATUS(gw_unit_summary_name(row, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "财政局"));
    CHECK_STATUS(gw_unit_summary_responsible(row, &ids, &len), GW_STATUS_OK);
    /* Task "4." is the third task: id 2. */
    CHECK(len == 1 && ids[0] == 2);
    const gw_task *t = NULL;
    uint64_t number = 0;
    CHECK_STATUS(gw_document_task(doc, ids[0], &t), GW_STATUS_OK);
    CHECK_STATUS(gw_task_number(t, &number), GW_STATUS_OK);
    CHECK(number == 4);

    CHECK_STATUS(gw_document_unit_summary(doc, 4, &row), GW_STATUS_OUT_OF_RANGE);
    CHECK_STATUS(gw_document_unit_summary(NULL, 0, &row), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_unit_summary(doc, 0, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_unit_summary_count(NULL, &n), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_unit_summary_name(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_unit_summary_kind(NULL, &kind), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_unit_summary_lead(NULL, &ids, &len), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_unit_summary_lead(row, NULL, &len), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_unit_summary_support(row, &ids, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_unit_summary_responsible(NULL, &ids, &len),
                 GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_unit_summary_tasks(NULL, &ids, &len), GW_STATUS_NULL_PARAMETER);
    gw_document_free(doc);
}

/* Rows of the matrix by unit name (NULL when absent). */
static const gw_unit_summary *row_named(const gw_document *doc, const char *name) {
    size_t n = 0;
    gw_document_unit_summary_count(doc, &n);
    for (size_t i = 0; i < n; i++) {
        const gw_unit_summary *row = NULL;
        gw_str s;
        if (gw_document_unit_summary(doc, i, &row) == GW_STATUS_OK &&
            gw_unit_summary_name(row, &s) == GW_STATUS_OK && str_eq(s, name)) {
            return row;
        }
    }
    return NULL;
}

/* An array of ids equals the given list. */
static int ids_eq(const uint32_t *ids, size_t len, size_t n, const uint32_t *want) {
    if (ids == NULL || len != n) {
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        if (ids[i] != want[i]) {
            return 0;
        }
    }
    return 1;
}

/* The matrix is keyed by task id: two tasks numbered 1 stay two tasks, and a task without a
 * number is in it too. */
static void test_task_ids(void) {
    static const char text[] = "关于做好重点工作的通知\n"
                               "一、总体要求\n"
                               "1.生产总值增长6.5%。(发展改革委负责)\n"
                               "二、重点任务\n"
                               "1.新建5G基站200个。(发展改革委牵头,财政局配合)\n"
                               "加快建设数据中心。(财政局负责)\n";
    gw_document *doc = NULL;
    CHECK_STATUS(gw_parse(text, strlen(text), NULL, &doc, NULL), GW_STATUS_OK);
    size_t n = 0;
    CHECK_STATUS(gw_document_task_count(doc, &n), GW_STATUS_OK);
    CHECK(n == 3);
    const gw_task *t = NULL;
    uint64_t number = 99;
    uint32_t id = 99;
    for (size_t i = 0; i < n; i++) {
        CHECK_STATUS(gw_document_task(doc, i, &t), GW_STATUS_OK);
        CHECK_STATUS(gw_task_id(t, &id), GW_STATUS_OK);
        CHECK(id == i);
    }
    CHECK_STATUS(gw_document_task(doc, 0, &t), GW_STATUS_OK);
    CHECK_STATUS(gw_task_number(t, &number), GW_STATUS_OK);
    CHECK(number == 1);
    CHECK_STATUS(gw_document_task(doc, 1, &t), GW_STATUS_OK);
    CHECK_STATUS(gw_task_number(t, &number), GW_STATUS_OK);
    CHECK(number == 1);
    CHECK_STATUS(gw_document_task(doc, 2, &t), GW_STATUS_OK);
    CHECK_STATUS(gw_task_number(t, &number), GW_STATUS_ABSENT);
    CHECK(number == 0);

    const uint32_t *ids = NULL;
    size_t len = 0;
    const gw_unit_summary *ndrc = row_named(doc, "发展改革委");
    CHECK(ndrc != NULL);
    if (ndrc != NULL) {
        CHECK_STATUS(gw_unit_summary_responsible(ndrc, &ids, &len), GW_STATUS_OK);
        CHECK(ids_eq(ids, len, 1, (const uint32_t[]){0}));
        CHECK_STATUS(gw_unit_summary_lead(ndrc, &ids, &len), GW_STATUS_OK);
        CHECK(ids_eq(ids, len, 1, (const uint32_t[]){1}));
        /* Two tasks numbered 1: two ids. */
        CHECK_STATUS(gw_unit_summary_tasks(ndrc, &ids, &len), GW_STATUS_OK);
        CHECK(ids_eq(ids, len, 2, (const uint32_t[]){0, 1}));
    }
    const gw_unit_summary *finance = row_named(doc, "财政局");
    CHECK(finance != NULL);
    if (finance != NULL) {
        CHECK_STATUS(gw_unit_summary_support(finance, &ids, &len), GW_STATUS_OK);
        CHECK(ids_eq(ids, len, 1, (const uint32_t[]){1}));
        /* The unnumbered task is in the matrix. */
        CHECK_STATUS(gw_unit_summary_responsible(finance, &ids, &len), GW_STATUS_OK);
        CHECK(ids_eq(ids, len, 1, (const uint32_t[]){2}));
        CHECK_STATUS(gw_unit_summary_tasks(finance, &ids, &len), GW_STATUS_OK);
        CHECK(ids_eq(ids, len, 2, (const uint32_t[]){1, 2}));
        CHECK_STATUS(gw_document_task(doc, ids[1], &t), GW_STATUS_OK);
        gw_str s;
        CHECK_STATUS(gw_task_text(t, &s), GW_STATUS_OK);
        CHECK(str_eq(s, "加快建设数据中心。"));
    }
    gw_document_free(doc);
}

static void test_targets(void) {
    gw_document *doc = parse_sample();
    size_t n = 0;
    CHECK_STATUS(gw_document_target_count(doc, &n), GW_STATUS_OK);
    CHECK(n >= 1);
    const gw_target *t = NULL;
    gw_str s;
    gw_span span;
    double value = 0, upper = 1;
    uint64_t task = 0;
    size_t depth = 0;
    CHECK_STATUS(gw_document_target(doc, 0, &t), GW_STATUS_OK);
    CHECK_STATUS(gw_target_indicator(t, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "生产总值"));
    CHECK_STATUS(gw_target_relation(t, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "growth"));
    CHECK_STATUS(gw_target_relation_text(t, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "增长"));
    CHECK_STATUS(gw_target_value(t, &value), GW_STATUS_OK);
    CHECK(value == 6.5);
    CHECK_STATUS(gw_target_upper(t, &upper), GW_STATUS_ABSENT);
    CHECK(upper == 0);
    CHECK_STATUS(gw_target_unit(t, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "%"));
    CHECK_STATUS(gw_target_base_value(t, &value), GW_STATUS_OK);
    CHECK(value == 6.5);
    CHECK_STATUS(gw_target_base_unit(t, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "%"));
    CHECK_STATUS(gw_target_qualifier(t, &s), GW_STATUS_ABSENT);
    CHECK(s.len == 0);
    CHECK_STATUS(gw_target_task(t, &task), GW_STATUS_OK);
    CHECK(task == 1);
    uint32_t id = 99, task_id = 99;
    CHECK_STATUS(gw_target_id(t, &id), GW_STATUS_OK);
    CHECK(id == 0);
    CHECK_STATUS(gw_target_task_id(t, &task_id), GW_STATUS_OK);
    CHECK(task_id == 0);
    CHECK_STATUS(gw_target_section_count(t, &depth), GW_STATUS_OK);
    CHECK(depth == 1);
    CHECK_STATUS(gw_target_section(t, 0, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "总体要求"));
    CHECK_STATUS(gw_target_section(t, depth, &s), GW_STATUS_OUT_OF_RANGE);
    CHECK_STATUS(gw_target_span(t, &span), GW_STATUS_OK);
    CHECK(memcmp(SAMPLE + span.start, "生产总值", strlen("生产总值")) == 0);

    CHECK_STATUS(gw_document_target(doc, n, &t), GW_STATUS_OUT_OF_RANGE);
    CHECK_STATUS(gw_document_target(NULL, 0, &t), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_target(doc, 0, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_target_count(NULL, &n), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_indicator(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_indicator(t, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_relation(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_relation_text(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_value(NULL, &value), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_upper(NULL, &value), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_unit(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_base_value(NULL, &value), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_base_unit(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_qualifier(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_task(NULL, &task), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_id(NULL, &id), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_id(t, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_task_id(NULL, &task_id), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_task_id(t, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_section_count(NULL, &depth), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_section(NULL, 0, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_section(t, 0, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_target_span(NULL, &span), GW_STATUS_NULL_PARAMETER);
    gw_document_free(doc);

    /* A range, a qualifier, and targets outside any task. */
    static const char report[] =
        "2024年政府工作报告\n"
        "今年主要预期目标是：生产总值增长6%—7%，城镇调查失业率控制在5.5%以内。\n";
    CHECK_STATUS(gw_parse(report, strlen(report), NULL, &doc, NULL), GW_STATUS_OK);
    CHECK_STATUS(gw_document_target_count(doc, &n), GW_STATUS_OK);
    CHECK(n == 2);
    CHECK_STATUS(gw_document_target(doc, 0, &t), GW_STATUS_OK);
    CHECK_STATUS(gw_target_upper(t, &upper), GW_STATUS_OK);
    CHECK(upper == 7);
    CHECK_STATUS(gw_target_task(t, &task), GW_STATUS_ABSENT);
    CHECK_STATUS(gw_target_task_id(t, &task_id), GW_STATUS_ABSENT);
    CHECK(task_id == 0);
    CHECK_STATUS(gw_document_target(doc, 1, &t), GW_STATUS_OK);
    CHECK_STATUS(gw_target_id(t, &id), GW_STATUS_OK);
    CHECK(id == 1);
    CHECK_STATUS(gw_target_relation(t, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "at_most"));
    CHECK_STATUS(gw_target_qualifier(t, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "以内"));
    gw_document_free(doc);
}

/* A GB/T 9704 notice: 份号, 密级★期限, 紧急程度, 发文字号 with 签发人, 主送机关, 附件说明, 抄送. */
static const char OFFICIAL[] =
    "000123\n"
    "机密★1年\n"
    "特急\n"
    "\n"
    "某市人民政府文件\n"
    "\n"
    "某政〔2024〕5号                 签发人：张三 李四\n"
    "\n"
    "某市人民政府关于印发2024年重点工作分工方案的通知\n"
    "\n"
    "各镇人民政府、街道办事处，市人民政府各部门：\n"
    "  现将《方案》印发给你们，请认真贯彻执行。\n"
    "\n"
    "附件：1.2024年重点工作分工方案\n"
    "      2.责任清单\n"
    "\n"
    "某市人民政府\n"
    "2024年3月1日\n"
    "\n"
    "抄送：市委办公室，市人大常委会办公室。\n";

typedef gw_status (*name_count_fn)(const gw_document *, size_t *);
typedef gw_status (*name_item_fn)(const gw_document *, size_t, gw_str *);

/* A list of names reads back as `want` (n items), and its error paths hold. */
static void check_names(const gw_document *doc, name_count_fn count, name_item_fn item,
                        const char *const *want, size_t n) {
    size_t got = 99;
    gw_str s;
    CHECK_STATUS(count(doc, &got), GW_STATUS_OK);
    CHECK(got == n);
    for (size_t i = 0; i < n && i < got; i++) {
        CHECK_STATUS(item(doc, i, &s), GW_STATUS_OK);
        CHECK(str_eq(s, want[i]));
    }
    CHECK_STATUS(item(doc, got, &s), GW_STATUS_OUT_OF_RANGE);
    CHECK_STATUS(item(doc, 0, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(item(NULL, 0, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(count(NULL, &got), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(count(doc, NULL), GW_STATUS_NULL_PARAMETER);
}

static void test_official(void) {
    gw_document *doc = NULL;
    CHECK_STATUS(gw_parse(OFFICIAL, strlen(OFFICIAL), NULL, &doc, NULL), GW_STATUS_OK);
    gw_str s, text, agency;
    uint32_t year = 0, seq = 0;
    gw_span span;

    CHECK_STATUS(gw_document_genre(doc, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "notice"));
    CHECK_STATUS(gw_document_doc_number(doc, &text, &agency, &year, &seq, &span), GW_STATUS_OK);
    CHECK(str_eq(text, "某政〔2024〕5号"));
    CHECK(str_eq(agency, "某政"));
    CHECK(year == 2024);
    CHECK(seq == 5);
    CHECK(span.end - span.start == text.len);
    CHECK(memcmp(OFFICIAL + span.start, "某政〔2024〕5号", text.len) == 0);

    static const char *const signers[] = {"张三", "李四"};
    check_names(doc, gw_document_signer_count, gw_document_signer, signers, 2);
    static const char *const addressees[] = {"各镇人民政府", "街道办事处", "市人民政府各部门"};
    check_names(doc, gw_document_addressee_count, gw_document_addressee, addressees, 3);
    static const char *const attachments[] = {"2024年重点工作分工方案", "责任清单"};
    check_names(doc, gw_document_attachment_count, gw_document_attachment, attachments, 2);
    static const char *const cc[] = {"市委办公室", "市人大常委会办公室"};
    check_names(doc, gw_document_cc_count, gw_document_cc, cc, 2);
    /* The same, called directly. */
    size_t count = 0;
    CHECK_STATUS(gw_document_signer_count(doc, &count), GW_STATUS_OK);
    CHECK(count == 2);
    CHECK_STATUS(gw_document_signer(doc, 1, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "李四"));
    CHECK_STATUS(gw_document_addressee_count(doc, &count), GW_STATUS_OK);
    CHECK(count == 3);
    CHECK_STATUS(gw_document_addressee(doc, 2, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "市人民政府各部门"));
    CHECK_STATUS(gw_document_attachment_count(doc, &count), GW_STATUS_OK);
    CHECK(count == 2);
    CHECK_STATUS(gw_document_attachment(doc, 0, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "2024年重点工作分工方案"));
    CHECK_STATUS(gw_document_cc_count(doc, &count), GW_STATUS_OK);
    CHECK(count == 2);
    CHECK_STATUS(gw_document_cc(doc, 1, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "市人大常委会办公室"));

    CHECK_STATUS(gw_document_copy_number(doc, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "000123"));
    gw_secrecy secrecy = GW_SECRECY_NONE;
    CHECK_STATUS(gw_document_secrecy(doc, &secrecy), GW_STATUS_OK);
    CHECK(secrecy == GW_SECRECY_SECRET);
    CHECK_STATUS(gw_document_secrecy_term(doc, &s), GW_STATUS_OK);
    CHECK(str_eq(s, "1年"));
    gw_urgency urgency = GW_URGENCY_NONE;
    CHECK_STATUS(gw_document_urgency(doc, &urgency), GW_STATUS_OK);
    CHECK(urgency == GW_URGENCY_VERY_URGENT);

    /* NULL arguments. */
    CHECK_STATUS(gw_document_genre(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_genre(doc, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_doc_number(NULL, &text, &agency, &year, &seq, &span),
                 GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_doc_number(doc, NULL, &agency, &year, &seq, &span),
                 GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_doc_number(doc, &text, NULL, &year, &seq, &span),
                 GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_doc_number(doc, &text, &agency, NULL, &seq, &span),
                 GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_doc_number(doc, &text, &agency, &year, NULL, &span),
                 GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_doc_number(doc, &text, &agency, &year, &seq, NULL),
                 GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_copy_number(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_copy_number(doc, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_secrecy(NULL, &secrecy), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_secrecy(doc, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_secrecy_term(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_secrecy_term(doc, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_urgency(NULL, &urgency), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_urgency(doc, NULL), GW_STATUS_NULL_PARAMETER);
    gw_document_free(doc);

    /* Not an official document: every element is absent, written as empty or zero. */
    doc = parse_sample();
    year = seq = 99;
    CHECK_STATUS(gw_document_doc_number(doc, &text, &agency, &year, &seq, &span),
                 GW_STATUS_ABSENT);
    CHECK(text.len == 0 && text.ptr != NULL && agency.len == 0);
    CHECK(year == 0 && seq == 0 && span.start == 0 && span.end == 0);
    check_names(doc, gw_document_signer_count, gw_document_signer, NULL, 0);
    check_names(doc, gw_document_attachment_count, gw_document_attachment, NULL, 0);
    check_names(doc, gw_document_cc_count, gw_document_cc, NULL, 0);
    CHECK_STATUS(gw_document_copy_number(doc, &s), GW_STATUS_ABSENT);
    CHECK(s.len == 0 && s.ptr != NULL);
    secrecy = GW_SECRECY_SECRET;
    CHECK_STATUS(gw_document_secrecy(doc, &secrecy), GW_STATUS_ABSENT);
    CHECK(secrecy == GW_SECRECY_NONE);
    CHECK_STATUS(gw_document_secrecy_term(doc, &s), GW_STATUS_ABSENT);
    CHECK(s.len == 0);
    urgency = GW_URGENCY_URGENT;
    CHECK_STATUS(gw_document_urgency(doc, &urgency), GW_STATUS_ABSENT);
    CHECK(urgency == GW_URGENCY_NONE);
    gw_document_free(doc);

    /* Empty text: no genre either. */
    CHECK_STATUS(gw_parse("", 0, NULL, &doc, NULL), GW_STATUS_OK);
    CHECK_STATUS(gw_document_genre(doc, &s), GW_STATUS_ABSENT);
    CHECK(s.len == 0 && s.ptr != NULL);
    gw_document_free(doc);
}

static void test_diagnostics(void) {
    gw_document *doc = parse_sample();
    size_t n = 0;
    CHECK_STATUS(gw_document_diagnostic_count(doc, &n), GW_STATUS_OK);
    CHECK(n >= 2);
    int saw_gap = 0, saw_doubled = 0;
    for (size_t i = 0; i < n; i++) {
        const gw_diagnostic *diag = NULL;
        gw_str code, message;
        gw_span span;
        CHECK_STATUS(gw_document_diagnostic(doc, i, &diag), GW_STATUS_OK);
        CHECK_STATUS(gw_diagnostic_code(diag, &code), GW_STATUS_OK);
        CHECK_STATUS(gw_diagnostic_message(diag, &message), GW_STATUS_OK);
        CHECK(message.len > 0);
        CHECK_STATUS(gw_diagnostic_span(diag, &span), GW_STATUS_OK);
        CHECK(span.start <= span.end && span.end <= strlen(SAMPLE));
        if (str_eq(code, "numbering_gap")) {
            saw_gap = 1;
        }
        if (str_eq(code, "doubled_role_word")) {
            saw_doubled = 1;
            CHECK(memcmp(SAMPLE + span.start, "负责", strlen("负责")) == 0);
        }
    }
    CHECK(saw_gap);
    CHECK(saw_doubled);
    const gw_diagnostic *diag = NULL;
    gw_str s;
    gw_span span;
    CHECK_STATUS(gw_document_diagnostic(doc, n, &diag), GW_STATUS_OUT_OF_RANGE);
    CHECK_STATUS(gw_document_diagnostic(NULL, 0, &diag), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_diagnostic(doc, 0, NULL), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_document_diagnostic_count(NULL, &n), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_diagnostic_code(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_diagnostic_message(NULL, &s), GW_STATUS_NULL_PARAMETER);
    CHECK_STATUS(gw_diagnostic_span(NULL, &span), GW_STATUS_NULL_PARAMETER);
    gw_document_free(doc);
}

/* Several threads read one document at once (the header says they may). */
struct reader {
    const gw_document *doc;
    size_t units_seen;
    int ok;
};

static void *read_all(void *arg) {
    struct reader *r = arg;
    size_t n = 0;
    r->ok = gw_document_task_count(r->doc, &n) == GW_STATUS_OK;
    for (int round = 0; round < 20; round++) {
        for (size_t i = 0; i < n; i++) {
            const gw_task *t = NULL;
            size_t units = 0;
            r->ok &= gw_document_task(r->doc, i, &t) == GW_STATUS_OK;
            r->ok &= gw_task_unit_count(t, &units) == GW_STATUS_OK;
            for (size_t j = 0; j < units; j++) {
                const gw_unit *u = NULL;
                gw_str name;
                r->ok &= gw_task_unit(t, j, &u) == GW_STATUS_OK;
                r->ok &= gw_unit_name(u, &name) == GW_STATUS_OK;
                r->units_seen += name.len > 0;
            }
        }
        char *json = NULL;
        r->ok &= gw_document_to_json(r->doc, &json, NULL) == GW_STATUS_OK;
        gw_string_free(json);
    }
    return NULL;
}

static void test_threads(const gw_document *doc) {
    enum { THREADS = 4 };
    pthread_t threads[THREADS];
    struct reader readers[THREADS];
    for (int i = 0; i < THREADS; i++) {
        readers[i] = (struct reader){doc, 0, 0};
        CHECK(pthread_create(&threads[i], NULL, read_all, &readers[i]) == 0);
    }
    for (int i = 0; i < THREADS; i++) {
        CHECK(pthread_join(threads[i], NULL) == 0);
        CHECK(readers[i].ok);
        CHECK(readers[i].units_seen == readers[0].units_seen);
    }
}

static void test_fixture(const char *path) {
    FILE *f = fopen(path, "rb");
    CHECK(f != NULL);
    if (f == NULL) {
        return;
    }
    uint8_t *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len == cap) {
            cap = cap ? cap * 2 : 65536;
            uint8_t *grown = realloc(buf, cap);
            if (grown == NULL) {
                break;
            }
            buf = grown;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        if (got == 0) {
            break;
        }
        len += got;
    }
    fclose(f);

    gw_document *doc = NULL;
    CHECK_STATUS(gw_parse_bytes(buf, len, NULL, &doc, NULL), GW_STATUS_OK);
    free(buf);
    size_t tasks = 0, rows = 0;
    CHECK_STATUS(gw_document_task_count(doc, &tasks), GW_STATUS_OK);
    CHECK(tasks == 154);
    CHECK_STATUS(gw_document_unit_summary_count(doc, &rows), GW_STATUS_OK);
    CHECK(rows > 10);
    /* Every task with units appears in the matrix, by id: ids are below the task count and
     * increase along each row. */
    unsigned char *seen = calloc(tasks ? tasks : 1, 1);
    for (size_t i = 0; i < rows && seen != NULL; i++) {
        const gw_unit_summary *row = NULL;
        const uint32_t *ids = NULL;
        size_t n = 0;
        CHECK_STATUS(gw_document_unit_summary(doc, i, &row), GW_STATUS_OK);
        CHECK_STATUS(gw_unit_summary_tasks(row, &ids, &n), GW_STATUS_OK);
        for (size_t k = 0; k < n; k++) {
            CHECK(ids[k] < tasks);
            CHECK(k == 0 || ids[k - 1] < ids[k]);
            if (ids[k] < tasks) {
                seen[ids[k]] = 1;
            }
        }
    }
    for (size_t i = 0; i < tasks && seen != NULL; i++) {
        const gw_task *t = NULL;
        size_t units = 0;
        CHECK_STATUS(gw_document_task(doc, i, &t), GW_STATUS_OK);
        CHECK_STATUS(gw_task_unit_count(t, &units), GW_STATUS_OK);
        CHECK((units > 0) == (seen[i] == 1));
    }
    free(seen);
    test_threads(doc);
    gw_document_free(doc);
}

int main(int argc, char **argv) {
    test_version();
    test_options();
    test_parse_errors();
    test_interior_nul();
    test_bytes();
    test_input_formats();
    test_document();
    test_outline();
    test_tasks();
    test_unit_summaries();
    test_task_ids();
    test_targets();
    test_official();
    test_diagnostics();
    if (argc > 1) {
        test_fixture(argv[1]);
    } else {
        gw_document *doc = parse_sample();
        test_threads(doc);
        gw_document_free(doc);
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
