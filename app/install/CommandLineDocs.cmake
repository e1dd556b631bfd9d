# Writes the man page quarterdeck(1) and the bash completion from the built executable's own --help texts, so that
# both name every command and option the program has, in its words:
#   cmake -DQUARTERDECK=path -DVERSION=x.y.z -DMAN_PAGE=out.1 -DCOMPLETION=out.bash -P CommandLineDocs.cmake

function(help_of output)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANGUAGE=en ${QUARTERDECK} ${ARGN} --help
        OUTPUT_VARIABLE text RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "quarterdeck ${ARGN} --help failed: ${result}")
    endif()
    # Qt names the program by the path it was started with: the build tree's, here.
    string(REGEX REPLACE "^Usage: [^ \n]+" "Usage: quarterdeck" text "${text}")
    set(${output} "${text}" PARENT_SCOPE)
endfunction()

# Help text as a troff block printed as it is: backslashes and hyphens escaped (a hyphen-minus stays one, so options
# can be copied), a line starting with a control character protected.
function(as_troff output text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${output} ".nf\n${text}.fi\n" PARENT_SCOPE)
endfunction()

# The options a help text lists ("  -o, --output <FILE>  ..."), all of them and those that take a value.
function(options_of options_output valued_output text)
    string(REGEX MATCHALL "\n  -[^\n]*" lines "${text}")
    set(options "")
    set(valued "")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "  +[^ -][^\n]*$" "" names "${line}") # the names, without the description
        string(REGEX MATCHALL "-[-A-Za-z0-9]+" line_options "${names}")
        list(APPEND options ${line_options})
        if(names MATCHES "<")
            list(APPEND valued ${line_options})
        endif()
    endforeach()
    list(JOIN options " " options)
    list(JOIN valued " " valued)
    set(${options_output} "${options}" PARENT_SCOPE)
    set(${valued_output} "${valued}" PARENT_SCOPE)
endfunction()

help_of(top_help)
# The commands are listed from the line ending "Commands:" to the next empty line.
string(FIND "${top_help}" "Commands:\n" start)
if(start EQUAL -1)
    message(FATAL_ERROR "No commands in quarterdeck --help:\n${top_help}")
endif()
string(SUBSTRING "${top_help}" ${start} -1 commands_section)
string(FIND "${commands_section}" "\n\n" end)
string(SUBSTRING "${commands_section}" 0 ${end} commands_section)
string(REGEX MATCHALL "\n  [a-z-]+" commands "${commands_section}")
list(TRANSFORM commands STRIP)

as_troff(description "${top_help}")
string(CONCAT man
    ".TH QUARTERDECK 1 \"\" \"Quarterdeck ${VERSION}\" \"User Commands\"\n"
    ".SH NAME\n"
    "quarterdeck \\- plan and track OKRs in one local file\n"
    ".SH SYNOPSIS\n"
    ".B quarterdeck\n[\\fIFILE\\fR]\n.br\n"
    ".B quarterdeck\n\\fICOMMAND\\fR [\\fIoptions\\fR]\n"
    ".SH DESCRIPTION\n"
    "Without a command, \\fBquarterdeck\\fR opens \\fIFILE\\fR, or the default document, in its window. "
    "A command runs without a display.\n"
    ".PP\n${description}"
    ".SH COMMANDS\n")

options_of(top_options top_valued "${top_help}")
set(completion_cases "")
foreach(command IN LISTS commands)
    help_of(command_help ${command})
    as_troff(command_text "${command_help}")
    string(APPEND man ".SS ${command}\n${command_text}")

    options_of(options valued "${command_help}")
    set(actions "")
    if(command_help MATCHES "\n  ACTION +([^\n]+)\\.\n")
        string(REGEX REPLACE ",? or |, " " " actions "${CMAKE_MATCH_1}")
    endif()
    string(APPEND completion_cases
        "        ${command}) options=\"${options}\" valued=\"${valued}\" actions=\"${actions}\" ;;\n")
endforeach()

string(APPEND man
    ".SH FILES\n"
    ".TP\n.I ~/.local/share/Quarterdeck/Quarterdeck/Quarterdeck.okr\n"
    "The default document, opened when no \\fIFILE\\fR is given.\n"
    ".SH EXIT STATUS\n"
    "0 on success, 1 when the work failed, 2 for wrong usage. "
    "\\fBquarterdeck lint \\-\\-document\\fR also exits with 1 when the coach flags anything.\n")
file(WRITE ${MAN_PAGE} "${man}")

list(JOIN commands " " command_words)
file(WRITE ${COMPLETION} "# bash completion for quarterdeck, written from its --help texts (CommandLineDocs.cmake).
_quarterdeck()
{
    local current=\${COMP_WORDS[COMP_CWORD]} previous=\${COMP_WORDS[COMP_CWORD - 1]}
    if ((COMP_CWORD == 1)); then
        if [[ \$current == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W \"${top_options}\" -- \"\$current\")
        else
            mapfile -t COMPREPLY < <(compgen -W \"${command_words}\" -- \"\$current\"; compgen -f -- \"\$current\")
        fi
        return
    fi
    local options='' valued='' actions=''
    case \${COMP_WORDS[1]} in
${completion_cases}    esac
    if [[ \$current == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W \"\$options\" -- \"\$current\")
        return
    fi
    # An action is the second word after the command that is neither an option nor an option's value: FILE ACTION.
    local index positional=0
    for ((index = 2; index < COMP_CWORD; index++)); do
        if [[ \${COMP_WORDS[index]} == -* ]]; then
            [[ \" \$valued \" == *\" \${COMP_WORDS[index]} \"* ]] && ((++index))
        else
            ((++positional))
        fi
    done
    if [[ -n \$actions && \$positional -eq 1 && \" \$valued \" != *\" \$previous \"* ]]; then
        mapfile -t COMPREPLY < <(compgen -W \"\$actions\" -- \"\$current\")
    else
        mapfile -t COMPREPLY < <(compgen -f -- \"\$current\")
    fi
}
complete -o filenames -F _quarterdeck quarterdeck
")
