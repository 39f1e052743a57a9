#include "views/diff_report.h"

#include <QCoreApplication>
#include <map>
#include <set>

#include "core/diff/diff_report.h"
#include "core/diff/value_delta.h"
#include "core/model/dtype.h"
#include "core/model/shape.h"
#include "views/core_text.h"
#include "views/panels.h"
#include "views/theme.h"

namespace tfs::views {
namespace {

// lupdate files a free tr() call under its enclosing namespace: translate in that same context.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("tfs::views", text, disambiguation, n);
}
QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }

QString countsText(const diff::DiffSummary& s) {
    QStringList parts;
    if (s.changed) parts << tr("%n changed", nullptr, s.changed);
    if (s.added) parts << tr("%n added", nullptr, s.added);
    if (s.removed) parts << tr("%n removed", nullptr, s.removed);
    if (s.renamed) parts << tr("%n renamed", nullptr, s.renamed);
    return parts.join(QStringLiteral(" · "));
}

QString statusCell(diff::NodeStatus s) {
    return QStringLiteral("<span style=\"background:%1;color:white;\">&nbsp;<b>%2</b>&nbsp;</span> %3")
        .arg(diffStatusColor(s, isDarkPalette()).name(), diffStatusGlyph(s), diffStatusTitle(s).toHtmlEscaped());
}

// One row of the pair table; differing rows get the "changed" tint and a ≠.
QString pairRow(const QString& key, const QString& a, const QString& b, bool differs) {
    const QColor tint = diffColors(isDarkPalette()).changed;
    const QString style = differs ? QStringLiteral(" style=\"background:%1;\"").arg(QColor(tint.red(), tint.green(), tint.blue(), 70).name(QColor::HexArgb))
                                  : QString();
    return QStringLiteral("<tr%1><td><b>%2</b>%3</td><td>%4</td><td>%5</td></tr>")
        .arg(style, key.toHtmlEscaped(), differs ? QStringLiteral(" ≠") : QString(), a, b);
}

QString valueLink(const QString& name) {
    return QStringLiteral("<p><a href=\"tensor:%1\">%2</a></p>").arg(name.toHtmlEscaped(), tr("Compare values (A, B, B − A)…"));
}

const tensorflow::NodeDef* sideNode(const std::shared_ptr<ModelDocument>& doc, const std::string& key, bool has, int node) {
    if (!has || node < 0) return nullptr;
    auto g = doc->graph(key);
    return g && node < g->index->size() ? &g->index->node(node) : nullptr;
}

TensorReader constReader(const tensorflow::NodeDef* node) {
    if (!node || node->op() != "Const") return nullptr;
    auto it = node->attr().find("value");
    if (it == node->attr().end() || !it->second.has_tensor()) return nullptr;
    auto proto = std::make_shared<tensorflow::TensorProto>(it->second.tensor());
    return [proto](const WorkContext&) { return Tensor::fromProto(*proto); };
}

TensorReader storedReader(const std::shared_ptr<ModelDocument>& doc, const std::string& key) {
    auto model = doc->modelPtr();
    if (!model->variables) return nullptr;
    for (const auto& e : model->variables->entries())
        if (e.key == key) return [model, key](const WorkContext&) { return model->variables->read(key); };
    return nullptr;
}

}  // namespace

QString diffSummaryLine(const DiffDocument& document) {
    const auto& d = document.diff();
    if (document.identical()) return tr("No differences");
    QString text = countsText(d.summary);
    int variables = 0;
    for (const auto& v : d.variables) variables += v.status != diff::EntryStatus::Unchanged;
    if (variables) text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("%n variable(s) differ", nullptr, variables);
    return text.isEmpty() ? tr("Differences in signatures or meta graphs") : text;
}

QString diffSummaryHtml(const DiffDocument& document) {
    const auto& d = document.diff();
    QString html = QStringLiteral("<h3>%1</h3><p>A: %2<br>B: %3</p>")
                       .arg(tr("Model diff"), document.titleA().toHtmlEscaped(), document.titleB().toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(diffSummaryLine(document).toHtmlEscaped());
    html += QStringLiteral("<table>");
    auto row = [&html](const QString& k, const QString& a, const QString& b) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>").arg(k.toHtmlEscaped(), a, b);
    };
    row(QString(), QStringLiteral("<b>A</b>"), QStringLiteral("<b>B</b>"));
    row(tr("Format"), esc(d.formatA), esc(d.formatB));
    row(tr("Size"), formatBytes(d.sizes.bytesA), formatBytes(d.sizes.bytesB));
    row(tr("Variables"), formatBytes(d.sizes.variableBytesA), formatBytes(d.sizes.variableBytesB));
    row(tr("Nodes"), formatCount(d.sizes.nodesA), formatCount(d.sizes.nodesB));
    row(tr("Functions"), formatCount(d.sizes.functionsA), formatCount(d.sizes.functionsB));
    html += QStringLiteral("</table>");
    auto section = [&html](const QString& title, const QStringList& lines) {
        if (lines.isEmpty()) return;
        html += QStringLiteral("<h4>%1</h4><ul><li>%2</li></ul>").arg(title.toHtmlEscaped(), lines.join(QStringLiteral("</li><li>")));
    };
    QStringList lines;
    for (const auto& mg : d.metaGraphs) {
        if (mg.status == diff::EntryStatus::Unchanged) continue;
        QStringList tags;
        for (const auto& t : mg.tags) tags << QString::fromStdString(t);
        lines << statusCell(nodeStatusOf(mg.status)) + QStringLiteral(" ") +
                     (tags.isEmpty() ? tr("(no tags)") : tags.join(QStringLiteral(","))).toHtmlEscaped();
    }
    section(tr("Meta graphs"), lines);
    lines.clear();
    for (const auto& s : d.signatures) {
        if (s.status == diff::EntryStatus::Unchanged) continue;
        QStringList changes;
        for (const auto& c : s.changes) changes << esc(c);
        lines << statusCell(nodeStatusOf(s.status)) + QStringLiteral(" <b>%1</b> %2").arg(esc(s.key), changes.join(QStringLiteral("; ")));
    }
    section(tr("Signatures"), lines);
    lines.clear();
    for (const auto& f : d.functions) {
        if (f.status == diff::EntryStatus::Unchanged) continue;
        lines << statusCell(nodeStatusOf(f.status)) + QStringLiteral(" %1 %2").arg(esc(f.name()), countsText(f.body.summary).toHtmlEscaped());
    }
    section(tr("Functions"), lines);
    lines.clear();
    for (const auto& v : d.variables) {
        if (v.status == diff::EntryStatus::Unchanged) continue;
        lines << statusCell(nodeStatusOf(v.status)) + QStringLiteral(" %1: %2").arg(esc(v.key), esc(v.problem.empty() ? diff::describeValueDelta(v.value) : v.problem));
    }
    section(tr("Variables"), lines);
    lines.clear();
    for (const auto& o : d.graph.opCounts) lines << QStringLiteral("%1: %2 → %3").arg(esc(o.op)).arg(o.a).arg(o.b);
    section(tr("Op counts (main graph)"), lines);
    lines.clear();
    for (const auto& n : d.notes) lines << noteText(n).toHtmlEscaped();
    section(tr("Notes"), lines);
    return html;
}

QString diffVariableHtml(const DiffDocument& document, const std::string& key) {
    for (const auto& v : document.diff().variables) {
        if (v.key != key) continue;
        const bool identical = v.status == diff::EntryStatus::Unchanged && v.value.bitIdentical;
        QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                           .arg(esc(v.key), identical ? tr("= bit-identical") : statusCell(nodeStatusOf(v.status)));
        html += QStringLiteral("<p>%1</p>").arg(esc(v.problem.empty() ? diff::describeValueDelta(v.value) : v.problem));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><td></td><td><b>A</b></td><td><b>B</b></td></tr>");
        auto type = [](DataType dtype, const Dims& shape) {
            return dtype == tensorflow::DT_INVALID ? QStringLiteral("—") : esc(dtypeShortName(dtype) + dimsToString(shape));
        };
        html += pairRow(tr("Type"), type(v.value.dtypeA, v.value.shapeA), type(v.value.dtypeB, v.value.shapeB),
                        v.value.dtypeA != v.value.dtypeB || v.value.shapeA != v.value.shapeB);
        html += QStringLiteral("</table>");
        html += valueLink(QString::fromStdString(v.key));
        return html;
    }
    return QString();
}

ValueReaders variableValueReaders(const DiffDocument& document, const std::string& key) {
    ValueReaders r;
    r.name = QString::fromStdString(key);
    r.a = storedReader(document.documentA(), key);
    r.b = storedReader(document.documentB(), key);
    return r;
}

QString diffPairHtml(const DiffDocument& document, const std::string& graphKey, int entry, const ChangeRow* row) {
    if (row && row->section == ChangeRow::Section::Variable) return diffVariableHtml(document, row->name.toStdString());
    if (row && entry < 0 && row->section != ChangeRow::Section::Node)
        return QStringLiteral("<h3>%1</h3><p>%2 · %3</p><p>%4</p>")
            .arg(row->name.toHtmlEscaped(), row->where.toHtmlEscaped(), statusCell(row->status), row->details.toHtmlEscaped());
    const DiffGraph* g = document.findGraph(DiffSide::Merged, graphKey);
    const diff::NodeDiff* n = g ? document.entry(*g, entry) : nullptr;
    if (!n) return QString();
    const tensorflow::NodeDef* a = sideNode(document.documentA(), g->keyA, g->hasA, n->a);
    const tensorflow::NodeDef* b = sideNode(document.documentB(), g->keyB, g->hasB, n->b);
    std::set<std::string> differing;
    bool opDiffers = false, inputsDiffer = false, deviceDiffers = false, valueDiffers = false;
    for (const auto& c : n->changes) {
        opDiffers |= c.kind == diff::NodeChange::Kind::Op;
        inputsDiffer |= c.kind == diff::NodeChange::Kind::Inputs;
        deviceDiffers |= c.kind == diff::NodeChange::Kind::Device;
        valueDiffers |= c.kind == diff::NodeChange::Kind::Value;
        if (c.kind == diff::NodeChange::Kind::Attr || c.kind == diff::NodeChange::Kind::Value) differing.insert(c.attr);
    }
    QString html = QStringLiteral("<h3>%1</h3><p>%2%3</p>")
                       .arg(esc(n->name()), statusCell(n->status),
                            n->byStructure ? tr(" · matched by structure") : QString());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><td></td><td><b>A</b></td><td><b>B</b></td></tr>");
    auto text = [](const tensorflow::NodeDef* nd, auto fn) { return nd ? fn(*nd) : QStringLiteral("—"); };
    html += pairRow(tr("Name"), text(a, [](const auto& x) { return esc(x.name()); }), text(b, [](const auto& x) { return esc(x.name()); }),
                    a && b && a->name() != b->name());
    html += pairRow(tr("Op"), text(a, [](const auto& x) { return esc(x.op()); }), text(b, [](const auto& x) { return esc(x.op()); }), opDiffers);
    if ((a && !a->device().empty()) || (b && !b->device().empty()))
        html += pairRow(tr("Device"), text(a, [](const auto& x) { return esc(x.device()); }),
                        text(b, [](const auto& x) { return esc(x.device()); }), deviceDiffers);
    auto inputs = [](const tensorflow::NodeDef& x) {
        QStringList list;
        for (const auto& i : x.input()) list << esc(i);
        return list.join(QStringLiteral("<br>"));
    };
    html += pairRow(tr("Inputs"), text(a, inputs), text(b, inputs), inputsDiffer);
    std::map<std::string, std::pair<const tensorflow::AttrValue*, const tensorflow::AttrValue*>> attrs;
    if (a)
        for (const auto& [k, v] : a->attr()) attrs[k].first = &v;
    if (b)
        for (const auto& [k, v] : b->attr()) attrs[k].second = &v;
    for (const auto& [k, v] : attrs) {
        auto cell = [](const tensorflow::AttrValue* x) { return x ? attrValueText(*x).toHtmlEscaped() : QStringLiteral("—"); };
        html += pairRow(QString::fromStdString(k), cell(v.first), cell(v.second), differing.count(k) > 0);
    }
    html += QStringLiteral("</table>");
    QStringList changes;
    for (const auto& c : n->changes)
        if (c.kind == diff::NodeChange::Kind::Value) changes << esc(diff::describeChange(c));
    if (!changes.isEmpty()) html += QStringLiteral("<p>%1</p>").arg(changes.join(QStringLiteral("<br>")));
    if (valueDiffers && a && b) html += valueLink(QString::fromStdString(n->name()));
    return html;
}

ValueReaders valueReaders(const DiffDocument& document, const std::string& graphKey, int entry, const ChangeRow* row) {
    ValueReaders r;
    if (row && row->section == ChangeRow::Section::Variable) return variableValueReaders(document, row->name.toStdString());
    const DiffGraph* g = document.findGraph(DiffSide::Merged, graphKey);
    const diff::NodeDiff* n = g ? document.entry(*g, entry) : nullptr;
    if (!n) return r;
    r.name = QString::fromStdString(n->name());
    r.a = constReader(sideNode(document.documentA(), g->keyA, g->hasA, n->a));
    r.b = constReader(sideNode(document.documentB(), g->keyB, g->hasB, n->b));
    return r;
}

}  // namespace tfs::views
