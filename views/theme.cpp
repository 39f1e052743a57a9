#include "views/theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPalette>

namespace tfs::views {

bool isDarkPalette() {
    QColor window = QApplication::palette().color(QPalette::Window);
    return window.lightness() < 128;
}

QColor categoryColor(OpCategory c, bool dark) {
    // Light: soft pastel fills; dark: deeper tones of the same hues.
    auto pick = [dark](const char* light, const char* deep) { return QColor(dark ? deep : light); };
    switch (c) {
        case OpCategory::Convolution: return pick("#a8c8f0", "#2f5a8c");
        case OpCategory::Activation: return pick("#f4b6b6", "#8c3535");
        case OpCategory::Normalization: return pick("#b9e4c9", "#2f6e48");
        case OpCategory::Pooling: return pick("#c9e7f2", "#2d6677");
        case OpCategory::Math: return pick("#e6e6e6", "#4a4d52");
        case OpCategory::Array: return pick("#eadcc6", "#6b5837");
        case OpCategory::ControlFlow: return pick("#d7c8ef", "#5b4785");
        case OpCategory::Variable: return pick("#f3df9b", "#7d6a26");
        case OpCategory::IO: return pick("#cfd8dc", "#47555c");
        case OpCategory::Constant: return pick("#f5ecc8", "#5e5638");
        case OpCategory::Placeholder: return pick("#9fe0d0", "#24705f");
        case OpCategory::Quantization: return pick("#e9c7e4", "#7a3f72");
        case OpCategory::String: return pick("#dfe7c0", "#5a6630");
        case OpCategory::Random: return pick("#f1d0b5", "#7c5232");
        case OpCategory::Function: return pick("#c5cae9", "#3f4a8a");
        case OpCategory::Image: return pick("#b3e5e0", "#2b6a64");
        case OpCategory::Audio: return pick("#d1c4e9", "#51437a");
        case OpCategory::Training: return pick("#ffccbc", "#82442f");
        case OpCategory::Other: break;
    }
    return pick("#ececec", "#43464b");
}

QColor categoryTextColor(bool dark) { return dark ? QColor("#f2f2f2") : QColor("#1d1d1f"); }

GraphColors graphColors(bool dark) {
    GraphColors c;
    if (dark) {
        c.background = QColor("#1f2124");
        c.edge = QColor("#8a9099");
        c.controlEdge = QColor("#6b7079");
        c.highlight = QColor("#ffb74d");
        c.trace = QColor("#4fc3f7");
        c.clusterFill = QColor(255, 255, 255, 12);
        c.clusterBorder = QColor("#4b5058");
        c.clusterText = QColor("#aab0b8");
        c.scopeFill = QColor("#2e3a4a");
        c.scopeBorder = QColor("#6d89ad");
        c.scopeText = QColor("#e8edf3");
        c.edgeLabel = QColor("#9aa3ad");
        c.selection = QColor("#ffcc33");
    } else {
        c.background = QColor("#fbfbfc");
        c.edge = QColor("#7b818a");
        c.controlEdge = QColor("#a4a9b0");
        c.highlight = QColor("#e67e00");
        c.trace = QColor("#0277bd");
        c.clusterFill = QColor(30, 60, 120, 10);
        c.clusterBorder = QColor("#c3cad4");
        c.clusterText = QColor("#5a6472");
        c.scopeFill = QColor("#e3ebf5");
        c.scopeBorder = QColor("#7d97b8");
        c.scopeText = QColor("#1d2733");
        c.edgeLabel = QColor("#6d737b");
        c.selection = QColor("#e67e00");
    }
    return c;
}

DiffColors diffColors(bool dark) {
    // Blue / vermillion / orange / reddish purple; the dark theme takes the lighter sky blue for "added".
    DiffColors c;
    c.added = QColor(dark ? "#56b4e9" : "#0072b2");
    c.removed = QColor("#d55e00");
    c.changed = QColor("#e69f00");
    c.renamed = QColor("#cc79a7");
    return c;
}

QColor textColorOn(const QColor& background) {
    return qGray(background.rgb()) > 150 ? QColor(Qt::black) : QColor(Qt::white);
}

QString categoryTitle(OpCategory category) {
    switch (category) {
        case OpCategory::Convolution: return QCoreApplication::translate("tfs::views", "Convolution");
        case OpCategory::Activation: return QCoreApplication::translate("tfs::views", "Activation");
        case OpCategory::Normalization: return QCoreApplication::translate("tfs::views", "Normalization");
        case OpCategory::Pooling: return QCoreApplication::translate("tfs::views", "Pooling");
        case OpCategory::Math: return QCoreApplication::translate("tfs::views", "Math");
        case OpCategory::Array: return QCoreApplication::translate("tfs::views", "Array");
        case OpCategory::ControlFlow: return QCoreApplication::translate("tfs::views", "Control flow");
        case OpCategory::Variable: return QCoreApplication::translate("tfs::views", "Variable");
        case OpCategory::IO: return QCoreApplication::translate("tfs::views", "I/O");
        case OpCategory::Constant: return QCoreApplication::translate("tfs::views", "Constant");
        case OpCategory::Placeholder: return QCoreApplication::translate("tfs::views", "Input");
        case OpCategory::Quantization: return QCoreApplication::translate("tfs::views", "Quantization");
        case OpCategory::String: return QCoreApplication::translate("tfs::views", "String");
        case OpCategory::Random: return QCoreApplication::translate("tfs::views", "Random");
        case OpCategory::Function: return QCoreApplication::translate("tfs::views", "Function");
        case OpCategory::Image: return QCoreApplication::translate("tfs::views", "Image");
        case OpCategory::Audio: return QCoreApplication::translate("tfs::views", "Audio");
        case OpCategory::Training: return QCoreApplication::translate("tfs::views", "Training");
        case OpCategory::Other: break;
    }
    return QCoreApplication::translate("tfs::views", "Other");
}

}  // namespace tfs::views
