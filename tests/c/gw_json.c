/*
 * Print gw_document_to_json (or, with --html, gw_document_to_html) of a file parsed with
 * gw_parse_bytes: scripts/test-c.sh compares it with `gongwen parse FILE --format json`
 * (`gongwen html FILE`) for every corpus fixture, so C and the CLI give the same tree and page.
 */
#include "gongwen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    int html = argc == 3 && strcmp(argv[1], "--html") == 0;
    if (argc != 2 && !html) {
        fprintf(stderr, "usage: gw_json [--html] FILE\n");
        return 2;
    }
    argv += html;
    FILE *f = fopen(argv[1], "rb");
    if (f == NULL) {
        perror(argv[1]);
        return 2;
    }
    size_t cap = 1 << 16, len = 0;
    unsigned char *buf = malloc(cap);
    while (buf != NULL) {
        len += fread(buf + len, 1, cap - len, f);
        if (len < cap) {
            break;
        }
        unsigned char *grown = realloc(buf, cap *= 2);
        if (grown == NULL) {
            free(buf);
        }
        buf = grown;
    }
    fclose(f);
    if (buf == NULL) {
        return 2;
    }
    gw_document *doc = NULL;
    gw_error *err = NULL;
    if (gw_parse_bytes(buf, len, NULL, &doc, &err) != GW_STATUS_OK) {
        fprintf(stderr, "%s: %s\n", argv[1], gw_error_message(err));
        gw_error_free(err);
        free(buf);
        return 2;
    }
    free(buf);
    char *json = NULL;
    size_t json_len = 0;
    gw_status st = html ? gw_document_to_html(doc, &json, &json_len)
                        : gw_document_to_json(doc, &json, &json_len);
    int rc = st == GW_STATUS_OK ? 0 : 1;
    if (rc == 0) {
        fwrite(json, 1, json_len, stdout);
        if (!html) {
            putchar('\n');
        }
    }
    gw_string_free(json);
    gw_document_free(doc);
    return rc;
}
