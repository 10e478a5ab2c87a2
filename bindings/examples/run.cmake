# The `examples` ctest: install the build tree into a prefix, then build the
# examples of docs/embedding.md against that prefix alone (the C program with
# pkg-config and the C compiler, the C++ program with its own CMake project),
# run them and the Python script (on the installed libthidua_c.so) on every
# shipped plan's sample units, and compare their verdicts with the installed
# `thidua eval --format json`; and an award selection from Python with the
# installed `thidua select --format json`. Also checks that the programs printed in
# docs/embedding.md are these files, word for word.
# cmake -DBUILD_DIR=… -DSOURCE_DIR=… -DWORK_DIR=… -DGENERATOR=… -DC_COMPILER=…
#       -DPYTHON=… -P run.cmake
include(${CMAKE_CURRENT_LIST_DIR}/../../cmake/ThiduaScriptSteps.cmake)
thidua_script_requires(examples BUILD_DIR SOURCE_DIR WORK_DIR GENERATOR C_COMPILER PYTHON)

set(examples ${SOURCE_DIR}/bindings/examples)
thidua_step(examples ${PYTHON} ${examples}/check_doc.py ${SOURCE_DIR}/docs/embedding.md ${SOURCE_DIR})

thidua_install_tree(examples prefix)
file(GLOB_RECURSE pc_file ${prefix}/thidua.pc)
get_filename_component(pc_dir "${pc_file}" DIRECTORY)
get_filename_component(libdir "${pc_dir}" DIRECTORY)

# C, as a Makefile would build it: cc … $(pkg-config --static --cflags --libs thidua)
set(ENV{PKG_CONFIG_PATH} ${pc_dir})
execute_process(COMMAND pkg-config --static --cflags --libs thidua
  OUTPUT_VARIABLE pc_flags OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "examples: pkg-config --static --cflags --libs thidua failed")
endif()
separate_arguments(pc_flags UNIX_COMMAND "${pc_flags}")
thidua_step(examples ${C_COMPILER} -std=c11 -Wall -Wextra -Wpedantic -Werror ${examples}/c/evaluate.c
  ${pc_flags} "-Wl,-rpath,${libdir}" -o ${WORK_DIR}/evaluate_c)

# C++: its own project, find_package(thidua) from the prefix and nothing else.
thidua_step(examples ${CMAKE_COMMAND} -S ${examples}/cpp -B ${WORK_DIR}/cpp -G ${GENERATOR}
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=${prefix}
  -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
  -DCMAKE_DISABLE_FIND_PACKAGE_Boost=ON -DCMAKE_DISABLE_FIND_PACKAGE_nlohmann_json=ON
  --no-warn-unused-cli)  # those two are not even looked for
thidua_step(examples ${CMAKE_COMMAND} --build ${WORK_DIR}/cpp)

# Python: the module from the source tree on the installed C library.
file(GLOB python_library ${libdir}/libthidua_c.so ${libdir}/libthidua.so)
list(GET python_library 0 python_library)

file(GLOB plans ${SOURCE_DIR}/rules/*/units.jsonl)
foreach(units ${plans})
  get_filename_component(dir ${units} DIRECTORY)
  get_filename_component(name ${dir} NAME)
  set(out ${WORK_DIR}/${name})
  execute_process(COMMAND ${prefix}/bin/thidua eval ${dir}/plan.td --units ${units}
      --format json
    OUTPUT_FILE ${out}.eval.json RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 AND NOT rc EQUAL 1)  # 1: a bad row, which compare_verdicts.py reports
    message(FATAL_ERROR "examples: thidua eval failed (${rc}) on ${name}")
  endif()
  thidua_step(examples ${WORK_DIR}/evaluate_c ${dir}/plan.td ${units} OUTPUT_FILE ${out}.c.tsv)
  thidua_step(examples ${WORK_DIR}/cpp/evaluate ${dir}/plan.td ${units} OUTPUT_FILE ${out}.cpp.tsv)
  thidua_step(examples ${CMAKE_COMMAND} -E env PYTHONPATH=${SOURCE_DIR}/bindings/python
    THIDUA_LIBRARY=${python_library} PYTHONDONTWRITEBYTECODE=1
    ${PYTHON} ${examples}/python/evaluate.py ${dir}/plan.td ${units}
    OUTPUT_FILE ${out}.py.tsv)
  message(STATUS "examples: ${name}")
  thidua_step(examples ${PYTHON} ${examples}/compare_verdicts.py ${out}.eval.json
    c=${out}.c.tsv cpp=${out}.cpp.tsv python=${out}.py.tsv)
endforeach()

# Selection: the Python module (C API) against the installed `thidua select`.
set(plan ${SOURCE_DIR}/rules/binh-phuoc-192-2022)
execute_process(COMMAND ${prefix}/bin/thidua select ${plan}/plan.td
    --award chairman_merit_yearly --year 2024 --units ${plan}/candidates-2024.jsonl
    --format json --lang vi
  OUTPUT_FILE ${WORK_DIR}/select.json RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "examples: thidua select failed (${rc})")
endif()
thidua_step(examples ${CMAKE_COMMAND} -E env PYTHONPATH=${SOURCE_DIR}/bindings/python
  THIDUA_LIBRARY=${python_library} PYTHONDONTWRITEBYTECODE=1
  ${PYTHON} ${examples}/python/select_award.py ${plan}/plan.td chairman_merit_yearly 2024
    ${plan}/candidates-2024.jsonl
  OUTPUT_FILE ${WORK_DIR}/select.py.tsv)
thidua_step(examples ${PYTHON} ${examples}/compare_selection.py ${WORK_DIR}/select.json
  ${WORK_DIR}/select.py.tsv)
