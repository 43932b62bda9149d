/*
 * Print gw_document_to_json of a file parsed with gw_parse_bytes: scripts/test-c.sh
 * compares it with `gongwen parse FILE --format json` for every corpus fixture, so C and
 * the CLI give the same tree.
 */
#include "gongwen.h"

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: gw_json FILE\n");
        return 2;
    }
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
    int rc = gw_document_to_json(doc, &json, &json_len) == GW_STATUS_OK ? 0 : 1;
    if (rc == 0) {
        fwrite(json, 1, json_len, stdout);
        putchar('\n');
    }
    gw_string_free(json);
    gw_document_free(doc);
    return rc;
}
