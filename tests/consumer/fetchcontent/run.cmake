# The `consumer.fetchcontent` ctest: configure, build and run the project
# beside this file, which takes thidua in from the source tree.
# cmake -DTHIDUA_SOURCE_DIR=… -DWORK_DIR=… -DGENERATOR=… -P run.cmake
function(step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "consumer.fetchcontent: failed (${rc}): ${ARGN}")
  endif()
endfunction()
file(REMOVE_RECURSE ${WORK_DIR})
step(${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR} -B ${WORK_DIR} -G ${GENERATOR}
  -DCMAKE_BUILD_TYPE=Release -DTHIDUA_SOURCE_DIR=${THIDUA_SOURCE_DIR})
step(${CMAKE_COMMAND} --build ${WORK_DIR})
foreach(exe consumer_cpp consumer_c)
  step(${WORK_DIR}/${exe} ${CMAKE_CURRENT_LIST_DIR}/../plan.td)
endforeach()
