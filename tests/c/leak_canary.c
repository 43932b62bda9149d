/*
 * Leaks a document on purpose: scripts/test-c.sh runs it under AddressSanitizer and
 * expects a LeakSanitizer report, which proves leak detection works on this machine (it
 * does not under ptrace, for instance). The pointer is kept only in scrambled form, so no
 * stack or register scan can still reach the document at exit.
 */
#include "gongwen.h"

#include <stdint.h>

static uintptr_t hidden;

int main(void) {
    gw_document *doc = NULL;
    gw_status status = gw_parse("x", 1, NULL, &doc, NULL);
    hidden = (uintptr_t)doc ^ (uintptr_t)0x5a5a5a5a5a5a5a5aULL;
    doc = NULL;
    return status == GW_STATUS_OK && hidden != 0 ? 0 : 1;
}
