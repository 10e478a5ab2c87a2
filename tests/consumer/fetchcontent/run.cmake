# The `consumer.fetchcontent` ctest: configure, build and run the project
# beside this file, which takes thidua in from the source tree.
# cmake -DTHIDUA_SOURCE_DIR=… -DWORK_DIR=… -DGENERATOR=… -P run.cmake
include(${CMAKE_CURRENT_LIST_DIR}/../../../cmake/ThiduaScriptSteps.cmake)
thidua_script_requires(consumer.fetchcontent THIDUA_SOURCE_DIR WORK_DIR GENERATOR)
file(REMOVE_RECURSE ${WORK_DIR})
thidua_step(consumer.fetchcontent ${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR} -B ${WORK_DIR} -G ${GENERATOR}
  -DCMAKE_BUILD_TYPE=Release -DTHIDUA_SOURCE_DIR=${THIDUA_SOURCE_DIR})
thidua_step(consumer.fetchcontent ${CMAKE_COMMAND} --build ${WORK_DIR})
foreach(exe consumer_cpp consumer_c)
  thidua_step(consumer.fetchcontent ${WORK_DIR}/${exe} ${CMAKE_CURRENT_LIST_DIR}/../plan.td)
endforeach()
