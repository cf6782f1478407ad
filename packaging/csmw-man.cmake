cmake_minimum_required(VERSION 3.25)

# Writes the manual page csmw(1) from the tool's own help, so that the page always lists the
# commands and options the tool has.
#   cmake -DCSMW=<path to csmw> -DVERSION=<version> -DOUTPUT=<csmw.1> -P csmw-man.cmake

# The help as a user reads it: English, and the default workspace under "~" rather than under
# the home folder of whoever builds.
function(csmw_help output)
  execute_process(
    COMMAND ${CMAKE_COMMAND} -E env --unset=XDG_DATA_HOME --unset=LANGUAGE HOME=~ LANG=C.UTF-8
            LC_ALL=C.UTF-8 ${CSMW} ${ARGN}
    OUTPUT_VARIABLE text
    RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "csmw ${ARGN} failed: ${result}")
  endif()
  set(${output} "${text}" PARENT_SCOPE)
endfunction()

# Text escaped for roff: backslashes, hyphens, and lines that would read as requests.
function(roff_escape output text)
  string(REPLACE "@SEMICOLON@" ";" text "${text}")
  string(REPLACE "@OPEN@" "[" text "${text}")
  string(REPLACE "@CLOSE@" "]" text "${text}")
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${output} "${text}" PARENT_SCOPE)
endfunction()

# Splits a help text into its usage line, its description (the paragraphs before "Options:")
# and its option rows.
function(parse_help text usage description options)
  # Semicolons and brackets would split or group list items.
  string(REPLACE ";" "@SEMICOLON@" text "${text}")
  string(REPLACE "[" "@OPEN@" text "${text}")
  string(REPLACE "]" "@CLOSE@" text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  set(section usage)
  set(use "")
  set(about "")
  set(rows "")
  foreach(line IN LISTS lines)
    if(line MATCHES "^Usage: (.*)$")
      set(use "${CMAKE_MATCH_1}")
      set(section description)
    elseif(line STREQUAL "Options:")
      set(section options)
    elseif(line STREQUAL "Commands:")
      set(section commands)
    elseif(section STREQUAL "description")
      string(APPEND about "${line}\n")
    elseif(section STREQUAL "options" AND line MATCHES "^  ")
      list(APPEND rows "${line}")
    elseif(section STREQUAL "options" AND NOT line STREQUAL "")
      set(section tail)
      string(APPEND about "\n${line}\n\n")
    elseif(section STREQUAL "tail")
      string(APPEND about "${line}\n\n")
    endif()
  endforeach()
  string(STRIP "${about}" about)
  set(${usage} "${use}" PARENT_SCOPE)
  set(${description} "${about}" PARENT_SCOPE)
  set(${options} "${rows}" PARENT_SCOPE)
endfunction()

# Option rows ("  -o, --output FILE  Write ...") as tagged paragraphs.
function(roff_options output rows)
  set(text "")
  foreach(row IN LISTS rows)
    if(row MATCHES "^  ([^ ].*[^ ])   *([^ ].*)$" OR row MATCHES "^  ([^ ].*[^ ])  +(.*)$")
      roff_escape(tag "${CMAKE_MATCH_1}")
      roff_escape(body "${CMAKE_MATCH_2}")
      string(APPEND text ".TP\n.B ${tag}\n${body}\n")
    endif()
  endforeach()
  set(${output} "${text}" PARENT_SCOPE)
endfunction()

# Paragraphs separated by blank lines, as roff paragraphs.
function(roff_paragraphs output text)
  roff_escape(text "${text}")
  string(REGEX REPLACE "\n\n+" "\n.PP\n" text "${text}")
  set(${output} "${text}" PARENT_SCOPE)
endfunction()

csmw_help(main --help)
parse_help("${main}" usage description options)
roff_paragraphs(description "${description}")
roff_options(global_options "${options}")

# The commands: the first word of each row under "Commands:".
string(REGEX MATCH "Commands:\n(.*)\n\nOptions:" commands_block "${main}")
string(REPLACE "\n" ";" command_rows "${CMAKE_MATCH_1}")
set(commands_text "")
foreach(row IN LISTS command_rows)
  if(NOT row MATCHES "^  ([a-z][a-z-]*)")
    continue()
  endif()
  set(command "${CMAKE_MATCH_1}")
  if(command STREQUAL "help")
    continue()
  endif()
  csmw_help(help help ${command})
  parse_help("${help}" command_usage command_description command_options)
  string(REPLACE "csmw @OPEN@--workspace PATH@CLOSE@ " "" command_usage "${command_usage}")
  roff_escape(command_usage "${command_usage}")
  roff_paragraphs(command_description "${command_description}")
  # The global options are described once, above.
  set(own_options "")
  foreach(option IN LISTS command_options)
    if(NOT option MATCHES "^  (--workspace|-h, --help)")
      list(APPEND own_options "${option}")
    endif()
  endforeach()
  roff_options(command_options_text "${own_options}")
  string(APPEND commands_text ".SS ${command}\n.B csmw\n${command_usage}\n.PP\n"
         "${command_description}\n")
  if(command_options_text)
    string(APPEND commands_text ".RS\n${command_options_text}.RE\n")
  endif()
endforeach()

# CMake takes SOURCE_DATE_EPOCH for the date where it is set (reproducible builds).
string(TIMESTAMP today "%Y-%m-%d" UTC)

file(WRITE ${OUTPUT}.tmp
".TH CSMW 1 \"${today}\" \"CSM Workspace ${VERSION}\" \"User Commands\"
.SH NAME
csmw \\- work with a CSM Workspace file from the command line
.SH SYNOPSIS
.B csmw
[\\-\\-workspace \\fIPATH\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]
.br
.B csmw help
[\\fICOMMAND\\fR]
.SH DESCRIPTION
${description}
.PP
The desktop application, csm\\-workspace, opens the same workspace file. Every change is
written in one transaction, so a command that fails leaves the workspace as it was.
.SH OPTIONS
${global_options}.SH COMMANDS
${commands_text}.SH FILES
.TP
.I ~/.local/share/CSM Workspace/csm\\-workspace/workspace.csmw
The default workspace, under \\fB$XDG_DATA_HOME\\fR where that is set.
")
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
file(ARCHIVE_CREATE OUTPUT ${OUTPUT}.gz PATHS ${OUTPUT} FORMAT raw COMPRESSION GZip)
