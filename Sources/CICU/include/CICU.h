// CICU: the small C shim between textmend and the system ICU (libicu-dev).
//
// Only tm_* functions and opaque handles appear here. ICU's own headers are included
// in shim.c alone: Foundation on Linux bundles a private ICU module, and letting the
// system headers reach Swift beside it makes the two clash. Text is passed as UTF-8;
// every offset is a UTF-8 byte offset into the buffer the caller gave.
#ifndef TEXTMEND_CICU_H
#define TEXTMEND_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: Break iteration

/// The kinds of text boundary ICU can find.
typedef enum {
    TM_BREAK_CHARACTER = 0,
    TM_BREAK_WORD = 1,
    TM_BREAK_LINE = 2,
    TM_BREAK_SENTENCE = 3,
} tm_break_kind;

/// An ICU break iterator bound to one UTF-8 buffer (the buffer must outlive it).
typedef struct tm_breaker tm_breaker;

/// Opens a break iterator over `length` bytes of UTF-8; NULL on failure (*error set).
tm_breaker *tm_breaker_open(tm_break_kind kind, const char *locale,
                            const char *utf8, int64_t length, int32_t *error);
/// Writes up to `capacity` following boundaries (byte offsets) and their rule statuses;
/// returns how many were written, 0 once the end has been passed.
int32_t tm_breaker_next(tm_breaker *breaker, int64_t *boundaries, int32_t *statuses,
                        int32_t capacity);
/// Points an open iterator at another UTF-8 buffer, from its start (cheaper than a new
/// iterator); returns 0, or an ICU error code (the iterator is then unusable).
int32_t tm_breaker_reset(tm_breaker *breaker, const char *utf8, int64_t length);
/// Closes the iterator.
void tm_breaker_close(tm_breaker *breaker);

/// Counts word boundaries in UTF-16 text with a bare ICU loop: the speed floor for benchmarks.
int64_t tm_word_break_floor_utf16(const uint16_t *text, int32_t length, int32_t *error);

/// Rule-status ranges of the word break iterator (ICU's UWordBreak values).
enum {
    TM_WORD_NONE = 0, TM_WORD_NONE_LIMIT = 100,
    TM_WORD_NUMBER = 100, TM_WORD_NUMBER_LIMIT = 200,
    TM_WORD_LETTER = 200, TM_WORD_LETTER_LIMIT = 300,
    TM_WORD_KANA = 300, TM_WORD_KANA_LIMIT = 400,
    TM_WORD_IDEO = 400, TM_WORD_IDEO_LIMIT = 500,
};

// MARK: Charsets

/// Guesses the charset of `bytes`; writes its ICU name into `name`, returns the confidence
/// (0–100), or -1 when nothing matched (*error set on ICU failure).
int32_t tm_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity,
                          int32_t *error);
/// Converts `length` bytes in `charset` to UTF-8 in a new buffer (free it with tm_free) and
/// sets *out_length. Stops at the first byte sequence the charset cannot decode and reports
/// its offset in *invalid_offset (-1 when everything converted); NULL on failure.
char *tm_convert_to_utf8(const char *charset, const char *bytes, int64_t length,
                         int64_t *out_length, int64_t *invalid_offset, int32_t *error);
/// Converts UTF-8 to `charset` in a new buffer (free it with tm_free); NULL on failure.
char *tm_convert_from_utf8(const char *charset, const char *utf8, int64_t length,
                           int64_t *out_length, int32_t *error);
/// Converts UTF-8 to `charset` strictly: NULL (and *error set) when any character has no
/// mapping in the charset, instead of writing a substitute. Free the result with tm_free.
char *tm_convert_from_utf8_strict(const char *charset, const char *utf8, int64_t length,
                                  int64_t *out_length, int32_t *error);
/// Decodes `count` byte sequences of `width` bytes each (`bytes` holds them back to back),
/// each on its own: writes the code point of each into `scalars`, or 0 when the sequence is
/// not exactly one character in `charset`. Returns 0 on success, else an ICU error code.
int32_t tm_decode_table(const char *charset, const uint8_t *bytes, int32_t count, int32_t width,
                        uint32_t *scalars);
/// Frees a buffer the shim allocated.
void tm_free(void *buffer);
/// Writes ICU's canonical name for a charset alias; returns 0 when ICU does not know it.
int32_t tm_canonical_charset(const char *alias, char *name, int32_t name_capacity);

// MARK: Character properties

/// The ICU script code (UScriptCode) of a code point.
int32_t tm_script(uint32_t scalar);
/// The ICU general category (UCharCategory) of a code point.
int32_t tm_general_category(uint32_t scalar);
/// 1 when the code point is wide or full-width in a terminal (East Asian Width W or F).
int32_t tm_is_wide(uint32_t scalar);

// MARK: Regular expressions

/// A compiled ICU regular expression. Not thread-safe: clone one per thread.
typedef struct tm_regex tm_regex;

/// Flags for tm_regex_open.
enum { TM_REGEX_CASE_INSENSITIVE = 2, TM_REGEX_MULTILINE = 8 };

/// Compiles a UTF-8 pattern; NULL on error, with ICU's message in `message`.
tm_regex *tm_regex_open(const char *pattern, int32_t flags, char *message,
                        int32_t message_capacity, int32_t *error);
/// An independent copy for another thread.
tm_regex *tm_regex_clone(const tm_regex *regex, int32_t *error);
/// Finds the first match in utf8[from..<length]; returns 1 and sets the byte range, or 0.
int32_t tm_regex_find(tm_regex *regex, const char *utf8, int64_t length, int64_t from,
                      int64_t *match_start, int64_t *match_end, int32_t *error);
/// Frees the expression.
void tm_regex_close(tm_regex *regex);

/// ICU's name for an error code, for messages.
const char *tm_error_name(int32_t error);

#ifdef __cplusplus
}
#endif

#endif
