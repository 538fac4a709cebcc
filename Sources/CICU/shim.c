// The only file that sees ICU's headers; see include/CICU.h for why.
#include "CICU.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/uregex.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utext.h>

// MARK: Break iteration

struct tm_breaker {
    UBreakIterator *iterator;
    UText *text;
    int done;
};

static UBreakIteratorType break_type(tm_break_kind kind) {
    switch (kind) {
    case TM_BREAK_CHARACTER: return UBRK_CHARACTER;
    case TM_BREAK_WORD: return UBRK_WORD;
    case TM_BREAK_LINE: return UBRK_LINE;
    default: return UBRK_SENTENCE;
    }
}

tm_breaker *tm_breaker_open(tm_break_kind kind, const char *locale,
                            const char *utf8, int64_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    tm_breaker *breaker = calloc(1, sizeof(tm_breaker));
    if (breaker == NULL) { *error = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    breaker->text = utext_openUTF8(NULL, utf8, length, &status);
    breaker->iterator = ubrk_open(break_type(kind), locale, NULL, 0, &status);
    if (U_SUCCESS(status)) ubrk_setUText(breaker->iterator, breaker->text, &status);
    if (U_FAILURE(status)) {
        *error = status;
        tm_breaker_close(breaker);
        return NULL;
    }
    *error = 0;
    return breaker;
}

int32_t tm_breaker_next(tm_breaker *breaker, int64_t *boundaries, int32_t *statuses,
                        int32_t capacity) {
    int32_t count = 0;
    while (!breaker->done && count < capacity) {
        int32_t boundary = ubrk_next(breaker->iterator);
        if (boundary == UBRK_DONE) { breaker->done = 1; break; }
        boundaries[count] = boundary;
        statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        count++;
    }
    return count;
}

int32_t tm_breaker_reset(tm_breaker *breaker, const char *utf8, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    breaker->text = utext_openUTF8(breaker->text, utf8, length, &status);
    if (U_SUCCESS(status)) ubrk_setUText(breaker->iterator, breaker->text, &status);
    breaker->done = 0;
    return U_FAILURE(status) ? status : 0;
}

void tm_breaker_close(tm_breaker *breaker) {
    if (breaker == NULL) return;
    if (breaker->iterator != NULL) ubrk_close(breaker->iterator);
    if (breaker->text != NULL) utext_close(breaker->text);
    free(breaker);
}

int64_t tm_word_break_floor_utf16(const uint16_t *text, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, "", (const UChar *)text, length, &status);
    if (U_FAILURE(status)) { *error = status; return -1; }
    int64_t count = 0;
    int64_t checksum = 0;
    for (int32_t b = ubrk_first(iterator); b != UBRK_DONE; b = ubrk_next(iterator)) {
        count++;
        checksum += ubrk_getRuleStatus(iterator);
    }
    ubrk_close(iterator);
    *error = 0;
    return count + (checksum & 1);  // keeps the status read from being optimized away
}

// MARK: Charsets

int32_t tm_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity,
                          int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) { *error = status; return -1; }
    ucsdet_setText(detector, bytes, length, &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    int32_t confidence = -1;
    if (U_SUCCESS(status) && match != NULL) {
        const char *found = ucsdet_getName(match, &status);
        confidence = ucsdet_getConfidence(match, &status);
        if (U_SUCCESS(status) && found != NULL) {
            strncpy(name, found, (size_t)name_capacity - 1);
            name[name_capacity - 1] = 0;
        } else {
            confidence = -1;
        }
    }
    ucsdet_close(detector);
    *error = U_FAILURE(status) ? status : 0;
    return confidence;
}

char *tm_convert_to_utf8(const char *charset, const char *bytes, int64_t length,
                         int64_t *out_length, int64_t *invalid_offset, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    *invalid_offset = -1;
    *out_length = 0;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) { *error = status; return NULL; }
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);

    // Every input byte yields at most two UTF-16 units.
    int64_t capacity16 = length * 2 + 16;
    UChar *buffer16 = malloc((size_t)capacity16 * sizeof(UChar));
    if (buffer16 == NULL) { ucnv_close(converter); *error = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    UChar *target = buffer16;
    const char *source = bytes;
    ucnv_toUnicode(converter, &target, buffer16 + capacity16, &source, bytes + length, NULL, 1, &status);
    if (status == U_INVALID_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND
        || status == U_TRUNCATED_CHAR_FOUND || status == U_ILLEGAL_ESCAPE_SEQUENCE) {
        char invalid[32];
        int8_t invalid_length = sizeof(invalid);
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter, invalid, &invalid_length, &ignored);
        *invalid_offset = (int64_t)(source - bytes) - (U_SUCCESS(ignored) ? invalid_length : 0);
        status = U_ZERO_ERROR;
    }
    ucnv_close(converter);
    if (U_FAILURE(status)) { free(buffer16); *error = status; return NULL; }

    int32_t length16 = (int32_t)(target - buffer16);
    int32_t length8 = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8(NULL, 0, &length8, buffer16, length16, &status);
    status = U_ZERO_ERROR;
    char *buffer8 = malloc((size_t)length8 + 1);
    if (buffer8 == NULL) { free(buffer16); *error = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    u_strToUTF8(buffer8, length8 + 1, &length8, buffer16, length16, &status);
    free(buffer16);
    if (U_FAILURE(status)) { free(buffer8); *error = status; return NULL; }
    *out_length = length8;
    *error = 0;
    return buffer8;
}

int32_t tm_canonical_charset(const char *alias, char *name, int32_t name_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const char *canonical = ucnv_getCanonicalName(alias, "", &status);
    if (U_FAILURE(status) || canonical == NULL) {
        // Not a canonical alias: ask for the converter's own name.
        status = U_ZERO_ERROR;
        UConverter *converter = ucnv_open(alias, &status);
        if (U_FAILURE(status)) return 0;
        canonical = ucnv_getName(converter, &status);
        if (U_SUCCESS(status)) { strncpy(name, canonical, (size_t)name_capacity - 1); name[name_capacity - 1] = 0; }
        ucnv_close(converter);
        return U_SUCCESS(status);
    }
    strncpy(name, canonical, (size_t)name_capacity - 1);
    name[name_capacity - 1] = 0;
    return 1;
}

// UTF-8 → UTF-16 → `charset`; with `strict`, a character the charset cannot hold is an
// error instead of its substitution byte.
static char *convert_from_utf8(const char *charset, const char *utf8, int64_t length,
                               int64_t *out_length, int32_t *error, int strict) {
    UErrorCode status = U_ZERO_ERROR;
    *out_length = 0;
    int32_t length16 = 0;
    u_strFromUTF8(NULL, 0, &length16, utf8, (int32_t)length, &status);
    status = U_ZERO_ERROR;
    UChar *buffer16 = malloc(((size_t)length16 + 1) * sizeof(UChar));
    if (buffer16 == NULL) { *error = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    u_strFromUTF8(buffer16, length16 + 1, &length16, utf8, (int32_t)length, &status);
    UConverter *converter = U_SUCCESS(status) ? ucnv_open(charset, &status) : NULL;
    if (strict && U_SUCCESS(status)) ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    if (U_FAILURE(status)) { if (converter) ucnv_close(converter); free(buffer16); *error = status; return NULL; }
    int32_t capacity = UCNV_GET_MAX_BYTES_FOR_STRING(length16, ucnv_getMaxCharSize(converter));
    char *out = malloc((size_t)capacity + 1);
    int32_t written = out ? ucnv_fromUChars(converter, out, capacity + 1, buffer16, length16, &status) : 0;
    ucnv_close(converter);
    free(buffer16);
    if (out == NULL || U_FAILURE(status)) { free(out); *error = out ? status : U_MEMORY_ALLOCATION_ERROR; return NULL; }
    *out_length = written;
    *error = 0;
    return out;
}

char *tm_convert_from_utf8(const char *charset, const char *utf8, int64_t length,
                           int64_t *out_length, int32_t *error) {
    return convert_from_utf8(charset, utf8, length, out_length, error, 0);
}

char *tm_convert_from_utf8_strict(const char *charset, const char *utf8, int64_t length,
                                  int64_t *out_length, int32_t *error) {
    return convert_from_utf8(charset, utf8, length, out_length, error, 1);
}

int32_t tm_decode_table(const char *charset, const uint8_t *bytes, int32_t count, int32_t width,
                        uint32_t *scalars) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_SUCCESS(status)) ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    if (U_FAILURE(status)) { if (converter) ucnv_close(converter); return status; }
    for (int32_t i = 0; i < count; i++) {
        UChar units[8];
        UChar *target = units;
        const char *source = (const char *)bytes + (size_t)i * width;
        UErrorCode item = U_ZERO_ERROR;
        ucnv_resetToUnicode(converter);
        ucnv_toUnicode(converter, &target, units + 8, &source, source + width, NULL, 1, &item);
        int32_t produced = (int32_t)(target - units);
        scalars[i] = 0;
        if (U_FAILURE(item) || produced == 0) continue;
        UChar32 scalar;
        int32_t offset = 0;
        U16_NEXT(units, offset, produced, scalar);
        if (offset == produced) scalars[i] = (uint32_t)scalar;
    }
    ucnv_close(converter);
    return 0;
}

void tm_free(void *buffer) { free(buffer); }

// MARK: Character properties

int32_t tm_script(uint32_t scalar) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode code = uscript_getScript((UChar32)scalar, &status);
    return U_SUCCESS(status) ? (int32_t)code : -1;
}

int32_t tm_general_category(uint32_t scalar) { return (int32_t)u_charType((UChar32)scalar); }

int32_t tm_is_wide(uint32_t scalar) {
    int32_t width = u_getIntPropertyValue((UChar32)scalar, UCHAR_EAST_ASIAN_WIDTH);
    return width == U_EA_WIDE || width == U_EA_FULLWIDTH;
}

// MARK: Regular expressions

struct tm_regex { URegularExpression *expression; };

tm_regex *tm_regex_open(const char *pattern, int32_t flags, char *message,
                        int32_t message_capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    URegularExpression *expression = uregex_openC(pattern, (uint32_t)flags, &parse_error, &status);
    if (U_FAILURE(status)) {
        *error = status;
        if (message_capacity > 0) {
            snprintf(message, (size_t)message_capacity, "%s at offset %d", u_errorName(status),
                     parse_error.offset);
        }
        return NULL;
    }
    tm_regex *regex = malloc(sizeof(tm_regex));
    regex->expression = expression;
    *error = 0;
    return regex;
}

tm_regex *tm_regex_clone(const tm_regex *regex, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *copy = uregex_clone(regex->expression, &status);
    if (U_FAILURE(status)) { *error = status; return NULL; }
    tm_regex *clone = malloc(sizeof(tm_regex));
    clone->expression = copy;
    *error = 0;
    return clone;
}

int32_t tm_regex_find(tm_regex *regex, const char *utf8, int64_t length, int64_t from,
                      int64_t *match_start, int64_t *match_end, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UText *text = utext_openUTF8(NULL, utf8, length, &status);
    uregex_setUText(regex->expression, text, &status);
    int32_t found = 0;
    if (U_SUCCESS(status) && uregex_find64(regex->expression, from, &status) && U_SUCCESS(status)) {
        *match_start = uregex_start64(regex->expression, 0, &status);
        *match_end = uregex_end64(regex->expression, 0, &status);
        found = U_SUCCESS(status);
    }
    // Detach the text before closing it, so the expression holds no dangling pointer.
    UErrorCode reset = U_ZERO_ERROR;
    uregex_setText(regex->expression, (const UChar *)u"", 0, &reset);
    utext_close(text);
    *error = U_FAILURE(status) ? status : 0;
    return found;
}

void tm_regex_close(tm_regex *regex) {
    if (regex == NULL) return;
    uregex_close(regex->expression);
    free(regex);
}

const char *tm_error_name(int32_t error) { return u_errorName((UErrorCode)error); }
