# quotecheck_embed_files(OUTPUT file.cpp FILES a.toml b.toml BASE dir)
# Generates a C++ source that defines quotecheck::embedded_rule_files(): each file's path
# relative to BASE and its bytes. Regenerated whenever one of the files changes.
function(quotecheck_embed_files)
  cmake_parse_arguments(ARG "" "OUTPUT;BASE" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT ${ARG_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${ARG_OUTPUT} -DBASE=${ARG_BASE}
            "-DFILES=${ARG_FILES}" -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    DEPENDS ${ARG_FILES} ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    COMMENT "Embedding default rule packs"
    VERBATIM)
endfunction()
