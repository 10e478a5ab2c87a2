# Helpers for the `cmake -P` scripts behind the packaging ctests (consumer,
# consumer.fetchcontent, examples): each stops the script at the first step
# that fails, naming it, so a failing ctest says which command broke.
#   include(…/cmake/ThiduaScriptSteps.cmake)
#   thidua_script_requires(examples BUILD_DIR SOURCE_DIR)   # -D… given?
#   thidua_step(examples ${CMAKE_COMMAND} --build …)       # run or stop
#   thidua_install_tree(examples prefix)                   # fresh install

function(thidua_script_requires who)
  foreach(var ${ARGN})
    if(NOT DEFINED ${var})
      message(FATAL_ERROR "${who}: ${var} is not set")
    endif()
  endforeach()
endfunction()

function(thidua_step who)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${who}: failed (${rc}): ${ARGN}")
  endif()
endfunction()

# Empties WORK_DIR and installs BUILD_DIR into WORK_DIR/prefix; sets
# `out_var` to the prefix.
function(thidua_install_tree who out_var)
  file(REMOVE_RECURSE ${WORK_DIR})
  thidua_step(${who} ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${WORK_DIR}/prefix)
  set(${out_var} ${WORK_DIR}/prefix PARENT_SCOPE)
endfunction()
