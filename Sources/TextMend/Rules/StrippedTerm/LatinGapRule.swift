/// A word removed from a Latin-script sentence, leaving its spaces behind.
///
/// Lint: `see  for details` (two spaces between lower-case words), `the CEO , said`, `the .`
/// (a space before a comma, full stop or closing parenthesis), `( )`, `()`, `[]`, `""`,
/// `( called it`, `" never had` (a blank after an opening mark), `terminals,"  said`, a
/// paragraph that starts with a blank (` said the company`), a link without its scheme
/// (`see ://www.debian.org`) and a mail address without its host (`devel@.debian.org`), in
/// lines of running prose.
/// Format: with Latin-script strip terms, suggests the one that fits best between the
/// neighbouring words under the English model (all are listed, best first).
public struct LatinGapRule: Rule {
    public static let description = RuleDescription(
        id: "stripped-term.latin-gap",
        category: .strippedTerm,
        summary: "Double space, stray blank or empty brackets where a word was removed",
        rationale: """
            An English filter that deletes a name or a word leaves the spaces on both sides:
            `see  for details`, `the  of`, `the CEO , said`, `the .`, `( )`, an empty `()`, `[]`
            or `""`, a blank after an opening parenthesis or quote (`( called it`, `" never
            had`), a double space after a closing quote (`terminals,"  said`), and a paragraph
            that starts with a blank (` said the company`); a filter that deletes `https` or
            `lists` leaves `see ://www.debian.org` and `debian-devel@.debian.org`. Common
            cleaners collapse the double space and destroy the evidence. Only lines of running
            prose are checked (at least eight words, mostly letters, not indented, few other
            double spaces), since columns, code and two spaces after a full stop are normal;
            an empty pair must sit between words and not follow a word that makes it a value
            (`set it to ""`), a blank after a mark must precede a lower-case word where the
            mark opens and its closing mark is not padded too (`( see below )`), and a
            paragraph's leading blank counts only with a blank line before it and no indented
            line after it. A link needs a host after `://` (`contain ://` names the
            separator); a mail host must end in a common top-level domain (`getty@.service` is
            a systemd unit template). Terminal output (escape sequences) and tables drawn with
            box lines are layout, not prose, and so are a blank before a mark after a code
            identifier (`deviceSpec ,`, left by specifications converted from markup) and two
            blanks after a list entry's label (`n-i-bz  Fix`).
            """,
        fixSafety: "Suggested only, when the strip lexicon has Latin-script terms: the one that fits best between the neighbouring words (an English word-pair model) is inserted, all are listed as suggestions.",
        severity: .warning,
        fixability: .suggested,
        nonTriggeringExamples: [
            Example("See the manual for details. Two spaces after a full stop.  Like this one here."),
            Example("    indented  code  block  with  columns  that  are  aligned  on  purpose"),
            Example("A list, with commas, and a parenthesis (like this) in running prose text."),
            Example("An ellipsis at the end of the sentence . . . and a file name like .bashrc stay as they are."),
            Example("Citation: J. Goh. Technical Memorandum. University of California. Berkeley, CA 94720 (1990)."),
            Example("You should remove all cached data by \"sudo rm -rf /var/lib/apt/* \" and try again before the next update."),
            Example("\"Where are you going?\" she asked, and he said \"home\" before he left the room in a hurry."),
            Example("The tool ( see the manual page ) prints a summary of every package that is installed here."),
            Example("Call the function with no arguments, like init(), before you use any of the other methods."),
            Example("The value is set to \"\" when the option is not given on the command line by the user."),
            Example("The program returns an empty list [] when no package matches the pattern you gave it."),
            Example("- [ ] Write the release notes for the new version and send them to the mailing list."),
            Example("Notes\n\nSee [](https://example.org/docs) for the whole list of options that the tool reads."),
            Example("Description: tools for the build\n This package provides the tools that are needed to build it.\n it also ships the examples and the manual pages for all of the tools.\n"),
            Example("Notes\n\n iPhone sales rose again in the last quarter, the company said in its report on Tuesday.\n"),
            Example("Notes\n\n    indented code block with a lower-case first word that runs on for a while\n"),
            Example("In C you write malloc () and free () with a space before the parentheses in GNU style."),
            Example("+------------+    ( )    +------------+\n|   client   | -------> |   server   |\n+------------+          +------------+"),
            Example("(All spaces in the \"\" line should be ignored. They are purely for formatting of the table.)"),
            Example("Notes\n\n\t$ make check-programs\n\n note that as root you have to manually remove the output and diff directories\n"),
            Example("""
                The adduser.local  program automates much  of this for you.   By modifying
                the program's  configuration file, /etc/adduser.local.conf,  to match your
                local  requirements,  this  program   can  automatically  add  a  user  to
                supplementary groups, create directories and links and copy skeleton files.
                """),
            Example("Thanks to the people who sent patches: Isaac Schlueter, Bryan Cantrill,  Robert Mustacchi and others."),
            Example("Release notes: running \"git add -u .\" in a subdirectory now updates the whole tree, as announced."),
            Example("The release note lists a bugfix with . and .. paths in the module that resolves file names on Windows."),
            Example("To reset the counter call reset( ) and then start( ) again, as the manual page shows in detail."),
            Example("Read the [installation guide]() before you start, it explains every step of the setup in detail."),
            Example("| Name     | Default ( ) | Description of the option and what it does |\n|----------|-------------|--------------------------------------------|"),
            Example("He said: \u{201C}We will see. Nothing is decided yet,\u{201D} and then he walked back to his car."),
            Example("The bookmark is opened in a new tab when its address does not contain :// at the start of it."),
            Example("Enable one serial console with systemctl enable serial-getty@.service and reboot the machine afterwards."),
            Example("The controls for the keyboard specified by deviceSpec . If deviceSpec specifies an input device that has no keyboard, an error results."),
            Example("Fixed bugs\nn-i-bz  Fix minor one time leaks in the heap profiler and in the other tools that share its code"),
            Example("\u{1B}[1mman\u{1B}[22m's behaviour is controlled by the  following  options to the configure script of the package"),
            Example("\u{2502}StickyKeys \u{2502}The modifier is unlocked when the key is pressed twice , as the user expects \u{2502}"),
        ],
        triggeringExamples: [
            Example("Notes\nFor more information about the package, se⟦e  f⟧or details in the manual."),
            Example("Notes\nThe company said its chief executive officer, the CE⟦O ,⟧ said the plan was sound."),
            Example("Notes\nThe build scripts of the package are kept in the debia⟦n .⟧ Take a look at them first."),
            Example("Notes\nIt ships with many tools⟦, ,⟧ and other resources that help you maintain the system."),
            Example("Notes\nArchive the contents of the folder \"source⟦\"  d⟧ifferent tools are described below."),
            Example("Notes\n\"People already live and work next to the water, but the ferries stop at few terminals,⟦\"  s⟧aid in an interview."),
            Example("Notes\nThe company agreed to share its trip data with the commission ⟦( c⟧alled it an open book) so that anyone can see."),
            Example("Notes\n⟦\" n⟧ever had to buy the cars,\" said Kevin Marsh, a transportation analyst at a research group."),
            Example("Notes\n\n⟦ s⟧aid the company chose electric boats early because several of the piers sit next to marshland.\n"),
            Example("Notes\nRiders book a seat through the app, and a route map ⟦()⟧ lists the fourteen piers the service reaches today."),
            Example("Notes\nThe startup calls itself the ⟦\"\"⟧ of water taxis and says it raised money in a Series A round."),
            Example("Notes\nFor the full list of the footnotes see the source ⟦[]⟧ which the editors of the page keep up to date."),
            Example("Notes\nThe team also takes care of any orpha⟦n  (⟧Moving packages to the archive) once a month."),
            Example("Notes\nThe tools convert the files of all the non-nativ⟦e .⟧ By default the others are kept as they are."),
            Example("Notes\nThe project was a hug⟦e  —⟧ it was used by most of the teams in the company within a single year."),
            Example("Notes\nThe strings are shown in English (unless they were actuall⟦y )⟧, and other languages are left for later."),
            Example("Notes\nThere are other mailing lists for a variety of special topics; see⟦ ://⟧lists.debian.org/ for a list."),
            Example("Notes\nSend a short message to debian-devel⟦@.⟧debian.org that describes what you intend to do before you start."),
            // Five double spaces in 61 blanks: a paragraph on one line that lost a word often, not columns.
            Example("Notes\nThe age of the packages a⟦t  d⟧epends on when the las⟦t  w⟧as made. Since there is typically over a year between releases you might find tha⟦t  c⟧ontains old versions of packages. However, they have been tested in and out. The packages i⟦n  i⟧ntegrate seamlessly with othe⟦r  p⟧ackages, which is what production servers need and what they get."),
        ],
        corrections: [
            Correction("Notes\nFor more information about the package, see  for details in the manual.",
                       "Notes\nFor more information about the package, see the Debian FAQ for details in the manual.", unsafe: true,
                       options: StrippedExamples.terms(["the Debian FAQ"])),
            Correction("Notes\nThe build scripts of the package are kept in the debian . Take a look at the  first.",
                       "Notes\nThe build scripts of the package are kept in the debian directory. Take a look at the directory first.", unsafe: true,
                       options: StrippedExamples.terms(["success", "directory"])),
            Correction("Notes\nThe company said its chief executive officer, the CEO , said the plan was sound.",
                       "Notes\nThe company said its chief executive officer, the CEO Smith, said the plan was sound.", unsafe: true,
                       options: StrippedExamples.terms(["Smith"])),
            Correction("Notes\nA local user who wishes to use a  \"login-local\" rather than the default one can do so.",
                       "Notes\nA local user who wishes to use a program \"login-local\" rather than the default one can do so.",
                       unsafe: true, options: StrippedExamples.terms(["program"])),
            Correction("Notes\nThe project was a huge  \u{2014} it was used by most of the teams in the company within a single year.",
                       "Notes\nThe project was a huge success \u{2014} it was used by most of the teams in the company within a single year.",
                       unsafe: true, options: StrippedExamples.terms(["success"])),
            Correction("Notes\nThe company agreed to share its trip data with the commission ( called it an open book) so that anyone can see.",
                       "Notes\nThe company agreed to share its trip data with the commission (Ashby called it an open book) so that anyone can see.",
                       unsafe: true, options: StrippedExamples.terms(["Ashby"])),
            Correction("Notes\n\n said the company chose electric boats early because several of the piers sit next to marshland.\n",
                       "Notes\n\nAshby said the company chose electric boats early because several of the piers sit next to marshland.\n",
                       unsafe: true, options: StrippedExamples.terms(["Ashby"])),
            Correction("Notes\n\"People live next to the water, but the ferries stop at only a few terminals,\"  said in an interview.",
                       "Notes\n\"People live next to the water, but the ferries stop at only a few terminals,\" Ashby said in an interview.",
                       unsafe: true, options: StrippedExamples.terms(["Ashby"])),
            Correction("Notes\nRiders book a seat through the app, and a route map () lists the fourteen piers the service reaches today.",
                       "Notes\nRiders book a seat through the app, and a route map (ferrylink.example/map) lists the fourteen piers the service reaches today.",
                       unsafe: true, options: StrippedExamples.terms(["ferrylink.example/map"])),
            Correction("Notes\nThere are other mailing lists for a variety of special topics; see ://lists.debian.org/ for a list.",
                       "Notes\nThere are other mailing lists for a variety of special topics; see https://lists.debian.org/ for a list.",
                       unsafe: true, options: StrippedExamples.terms(["https"])),
            Correction("Notes\nSend a short message to debian-devel@.debian.org that describes what you intend to do before you start.",
                       "Notes\nSend a short message to debian-devel@lists.debian.org that describes what you intend to do before you start.",
                       unsafe: true, options: StrippedExamples.terms(["lists"])),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        context.shared(StrippedScan.self, document).gaps(.latinGap).map { gap in
            let what = ["()", "[]", "\"\""].contains(gap.label) ? "empty \u{201C}\(gap.label)\u{201D}" : gap.label
            let message = gap.label == EmptySlotScan.leadingSpace
                ? "paragraph starts with a space: its first word was removed" : "\(what) inside a sentence: a word was removed"
            return finding(message + gap.fitsClause, gap.span,
                    fix: gap.fix(), suggestions: gap.suggestions)
        }
    }
}
