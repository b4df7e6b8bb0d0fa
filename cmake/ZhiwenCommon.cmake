# Project-wide settings carried by one INTERFACE target, linked by every
# library, program and test (the qBittorrent CommonConfig pattern).
add_library(zhiwen_common INTERFACE)
target_compile_features(zhiwen_common INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(zhiwen_common INTERFACE
  QT_NO_KEYWORDS
  QT_NO_CAST_FROM_ASCII
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
target_compile_options(zhiwen_common INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
if(ZHIWEN_WERROR)
  target_compile_options(zhiwen_common INTERFACE -Werror)
endif()
if(ZHIWEN_FUZZ)
  # Coverage for libFuzzer in every library, with the sanitizers that turn a
  # bug into a crash. A long campaign may trade AddressSanitizer for about
  # three times the executions: -DZHIWEN_FUZZ_SANITIZERS=undefined.
  set(ZHIWEN_FUZZ_SANITIZERS "address,undefined" CACHE STRING "Sanitizers of the fuzz build")
  target_compile_options(zhiwen_common INTERFACE -fsanitize=fuzzer-no-link,${ZHIWEN_FUZZ_SANITIZERS} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(zhiwen_common INTERFACE -fsanitize=${ZHIWEN_FUZZ_SANITIZERS})
endif()
if(ZHIWEN_SANITIZE)
  target_compile_options(zhiwen_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(zhiwen_common INTERFACE -fsanitize=address,undefined)
endif()
