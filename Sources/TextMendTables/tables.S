// The binary tables of Scripts/build-tables.py, embedded as they are: textmend reads them in
// place (no parsing, no copies). Rebuild them with the script, then touch this file.
#if defined(__APPLE__)
#define SYMBOL(name) _##name
    .section __TEXT,__const
#else
#define SYMBOL(name) name
    .section .rodata
#endif

    .balign 64
    .globl SYMBOL(tm_lexicon_table)
SYMBOL(tm_lexicon_table):
    .incbin "lexicon.bin"
    .globl SYMBOL(tm_lexicon_table_end)
SYMBOL(tm_lexicon_table_end):

    .balign 64
    .globl SYMBOL(tm_context_table)
SYMBOL(tm_context_table):
    .incbin "context.bin"
    .globl SYMBOL(tm_context_table_end)
SYMBOL(tm_context_table_end):

#if defined(__ELF__)
    .section .note.GNU-stack,"",%progbits
#endif
