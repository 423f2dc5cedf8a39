# SPDX-License-Identifier: MIT
# Fails when the zh_CN translation is missing a message: runs lupdate on a copy
# of the .ts against the sources and counts what is left unfinished. With
# -DEN_TS=..., also when a message with a count (%n) has no English plural
# forms: without them English shows the source's "(s)" text.
# Arguments: -DLUPDATE=... -DTS=... -DWORK=... -DSOURCES=dir;dir [-DEN_TS=...]
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${TS}" NAME)
configure_file("${TS}" "${WORK}/${name}" COPYONLY)
set(existing)
foreach(dir IN LISTS SOURCES)
    if(EXISTS "${dir}")
        list(APPEND existing "${dir}")
    endif()
endforeach()
execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none ${existing} -ts "${WORK}/${name}"
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out}${err}")
endif()
file(READ "${WORK}/${name}" content)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*<translation type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} message(s) of ${name} are not translated: run the update_translations target and translate them:\n${unfinished}")
endif()
if(DEFINED EN_TS)
    get_filename_component(en_name "${EN_TS}" NAME)
    configure_file("${EN_TS}" "${WORK}/${en_name}" COPYONLY)
    execute_process(COMMAND "${LUPDATE}" -pluralonly -no-obsolete -locations none ${existing} -ts "${WORK}/${en_name}"
                    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate -pluralonly failed: ${out}${err}")
    endif()
    file(READ "${WORK}/${en_name}" en_content)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*<translation type=\"unfinished\"" plurals "${en_content}")
    list(LENGTH plurals plural_count)
    if(plural_count GREATER 0)
        message(FATAL_ERROR "${plural_count} message(s) with %n have no English plural forms in ${en_name}: "
                            "run lupdate -pluralonly on it and fill the singular and plural:\n${plurals}")
    endif()
endif()
string(REGEX MATCHALL "<message>" messages "${content}")
list(LENGTH messages total)
message(STATUS "${name}: all ${total} messages translated")
