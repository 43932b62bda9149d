/*
 * gw-tasks: print the tasks of a government document as TSV, one task a line:
 *
 *     number <TAB> lead units <TAB> all units <TAB> text
 *
 * Units are joined with ";" in the order written; the number is empty for an unnumbered
 * task; tabs and line breaks inside the text become spaces. The file may be UTF-8, UTF-16
 * (with BOM) or GB18030: gw_parse_bytes detects the encoding.
 *
 * Usage: gw-tasks [--header] FILE|-
 * Exit status: 0, or 2 when the file cannot be read or decoded.
 */
#include <gongwen.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put_str(gw_str s) {
    fwrite(s.ptr, 1, s.len, stdout);
}

/* The text, with tabs and line breaks as spaces so each task stays one TSV row. */
static void put_field(gw_str s) {
    for (size_t i = 0; i < s.len; i++) {
        char c = s.ptr[i];
        putchar(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
    }
}

/* The units of a task, joined with ";"; only the leading ones when lead_only is set. */
static void put_units(const gw_task *task, int lead_only) {
    size_t count = 0;
    gw_task_unit_count(task, &count);
    int first = 1;
    for (size_t i = 0; i < count; i++) {
        const gw_unit *unit = NULL;
        gw_role role = GW_ROLE_UNKNOWN;
        gw_str name;
        if (gw_task_unit(task, i, &unit) != GW_STATUS_OK ||
            gw_unit_role(unit, &role) != GW_STATUS_OK ||
            gw_unit_name(unit, &name) != GW_STATUS_OK) {
            continue;
        }
        if (lead_only && role != GW_ROLE_LEAD) {
            continue;
        }
        if (!first) {
            putchar(';');
        }
        put_str(name);
        first = 0;
    }
}

/* Read a whole file (or stdin for "-") into a malloc'd buffer. */
static unsigned char *read_all(const char *path, size_t *len) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    unsigned char *buf = malloc(cap);
    while (buf != NULL) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) {
            break;
        }
        unsigned char *grown = realloc(buf, cap *= 2);
        if (grown == NULL) {
            free(buf);
        }
        buf = grown;
    }
    int failed = ferror(f);
    if (f != stdin) {
        fclose(f);
    }
    if (failed) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    int header = argc > 1 && strcmp(argv[1], "--header") == 0;
    if (argc != 2 + header) {
        fprintf(stderr, "usage: %s [--header] FILE|-\n", argv[0]);
        return 2;
    }
    const char *path = argv[1 + header];
    size_t len = 0;
    unsigned char *bytes = read_all(path, &len);
    if (bytes == NULL) {
        perror(path);
        return 2;
    }

    gw_document *doc = NULL;
    gw_error *err = NULL;
    gw_status status = gw_parse_bytes(bytes, len, NULL, &doc, &err);
    free(bytes); /* the document keeps its own copy of the text */
    if (status != GW_STATUS_OK) {
        fprintf(stderr, "%s: %s\n", path, gw_error_message(err));
        gw_error_free(err);
        return 2;
    }

    if (header) {
        puts("number\tlead\tunits\ttext");
    }
    size_t count = 0;
    gw_document_task_count(doc, &count);
    for (size_t i = 0; i < count; i++) {
        const gw_task *task = NULL;
        if (gw_document_task(doc, i, &task) != GW_STATUS_OK) {
            continue;
        }
        uint64_t number = 0;
        if (gw_task_number(task, &number) == GW_STATUS_OK) {
            printf("%llu", (unsigned long long)number);
        }
        putchar('\t');
        put_units(task, 1);
        putchar('\t');
        put_units(task, 0);
        putchar('\t');
        gw_str text;
        gw_task_text(task, &text);
        put_field(text);
        putchar('\n');
    }

    gw_document_free(doc); /* every view and handle read from it ends here */
    return 0;
}
