// Small building blocks the import wizard's pages share: banners that read on light and dark
// palettes, and how a file's format is named.
#pragma once

#include "adoption/csvreader.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPalette>

namespace Csm::ImportStyle {

enum class Banner { Error, Warning, Success, Info };

// A label shown as a coloured banner; its text is plain and can be selected and copied.
inline QLabel *bannerLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::NoFocus);
    label->hide();
    return label;
}

inline void setBanner(QLabel *label, Banner kind, const QString &text)
{
    const bool dark = label->palette().color(QPalette::Window).lightnessF() < 0.5;
    const char *colors = nullptr;
    switch (kind) {
    case Banner::Error:
        colors =
            dark ? "background: #4a1f1f; color: #ffc9c9;" : "background: #fdecea; color: #7a1c1c;";
        break;
    case Banner::Warning:
        colors =
            dark ? "background: #3a2a12; color: #ffd8a8;" : "background: #fff4e5; color: #663c00;";
        break;
    case Banner::Success:
        colors =
            dark ? "background: #173a22; color: #b8f0c8;" : "background: #e8f5ec; color: #1d5130;";
        break;
    case Banner::Info:
        colors =
            dark ? "background: #1d2d40; color: #c6dcf5;" : "background: #eaf2fb; color: #1b3a5c;";
        break;
    }
    label->setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 4px; padding: 6px 8px; }")
                             .arg(QLatin1String(colors)));
    label->setText(text);
    label->setAccessibleDescription(text);
    label->setVisible(!text.isEmpty());
}

inline QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QCoreApplication::translate("Csm::ImportWizard", "UTF-16 (little-endian)");
    case TextEncoding::Utf16BE:
        return QCoreApplication::translate("Csm::ImportWizard", "UTF-16 (big-endian)");
    case TextEncoding::Windows1252:
        return QCoreApplication::translate("Csm::ImportWizard", "Windows-1252 (Western European)");
    }
    return {};
}

inline QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return QCoreApplication::translate("Csm::ImportWizard", "comma");
    case u';':
        return QCoreApplication::translate("Csm::ImportWizard", "semicolon");
    case u'\t':
        return QCoreApplication::translate("Csm::ImportWizard", "tab");
    default:
        return QStringLiteral("\u201c%1\u201d").arg(delimiter);
    }
}

} // namespace Csm::ImportStyle
