#pragma once

#include <QString>

namespace zw {

// One start-up for the GUI and the CLI: application names and the UI
// language. Source strings are Chinese, so Chinese needs no catalogue; the
// English one is loaded when ZHIWEN_LANG=en (or the `language` setting) asks.
void bootstrap();
QString uiLanguage();

} // namespace zw
