// textmend's entry point: the command tree with the contract's exit codes.
TextMendCommand.runAndExit()
