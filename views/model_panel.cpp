// ModelPanel and PropertiesPanel: formatted text panels.
#include <QCoreApplication>
#include <QUrl>
#include <algorithm>
#include <map>

#include "core/layout/edge_labels.h"
#include "core/model/attrs.h"
#include "core/model/dtype.h"
#include "core/model/tensor.h"
#include "core/ops/op_registry.h"
#include "views/core_text.h"
#include "views/panels.h"
#include "views/theme.h"

namespace tfs::views {
namespace {

QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }

QString row(const QString& key, const QString& value) {
    return QStringLiteral("<tr><td style='padding-right:12px; color:palette(mid)'>%1</td><td>%2</td></tr>").arg(key, value);
}

bool printable(const std::string& s) {
    for (unsigned char c : s)
        if (c < 32 && c != '\n' && c != '\t') return false;
    return true;
}

}  // namespace

QString attrValueText(const tensorflow::AttrValue& v) {
    switch (v.value_case()) {
        case tensorflow::AttrValue::kS:
            if (printable(v.s())) return QStringLiteral("\"%1\"").arg(QString::fromStdString(v.s().substr(0, 200)));
            return QCoreApplication::translate("tfs::views", "%1 bytes").arg(v.s().size());
        case tensorflow::AttrValue::kI: return QString::number(v.i());
        case tensorflow::AttrValue::kF: return QString::number(double(v.f()), 'g', 7);
        case tensorflow::AttrValue::kB: return v.b() ? QStringLiteral("true") : QStringLiteral("false");
        case tensorflow::AttrValue::kType: return QString::fromStdString(dtypeName(v.type()));
        case tensorflow::AttrValue::kShape: return QString::fromStdString(PartialShape::fromProto(v.shape()).toString());
        case tensorflow::AttrValue::kTensor: {
            const auto& t = v.tensor();
            QString head = QString::fromStdString(dtypeName(t.dtype())) +
                           QString::fromStdString(PartialShape::fromProto(t.tensor_shape()).toString());
            auto decoded = Tensor::fromProto(t);
            if (!decoded.ok()) return head + QStringLiteral(" (") + statusText(decoded.status()) + ")";
            QStringList values;
            const int64_t n = decoded->numElements();
            const int64_t shown = std::min<int64_t>(n, 8);
            if (decoded->dtype() == tensorflow::DT_STRING) {
                for (int64_t i = 0; i < shown && i < int64_t(decoded->strings().size()); ++i)
                    values << QStringLiteral("\"%1\"").arg(QString::fromStdString(decoded->strings()[size_t(i)].substr(0, 40)));
            } else if (dtypeSize(decoded->dtype()) > 0) {
                for (int64_t i = 0; i < shown; ++i) values << QString::number(tensorElementAsDouble(*decoded, i), 'g', 6);
            }
            QString body = values.join(QStringLiteral(", "));
            if (n > shown) body += QStringLiteral(", …");
            return QStringLiteral("%1 = [%2]").arg(head, body);
        }
        case tensorflow::AttrValue::kList: {
            const auto& l = v.list();
            QStringList parts;
            for (const auto& s : l.s()) parts << QStringLiteral("\"%1\"").arg(QString::fromStdString(s.substr(0, 60)));
            for (auto i : l.i()) parts << QString::number(i);
            for (auto f : l.f()) parts << QString::number(double(f), 'g', 6);
            for (auto b : l.b()) parts << (b ? QStringLiteral("true") : QStringLiteral("false"));
            for (auto t : l.type()) parts << QString::fromStdString(dtypeName(tensorflow::DataType(t)));
            for (const auto& s : l.shape()) parts << QString::fromStdString(PartialShape::fromProto(s).toString());
            for (const auto& f : l.func()) parts << QString::fromStdString(f.name());
            if (l.tensor_size()) parts << QCoreApplication::translate("tfs::views", "%n tensor(s)", nullptr, l.tensor_size());
            if (parts.size() > 24) {
                int total = int(parts.size());
                parts = parts.mid(0, 24);
                parts << QCoreApplication::translate("tfs::views", "… (%1 items)").arg(total);
            }
            return QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
        }
        case tensorflow::AttrValue::kFunc: return QString::fromStdString(v.func().name());
        case tensorflow::AttrValue::kPlaceholder: return QStringLiteral("$") + QString::fromStdString(v.placeholder());
        case tensorflow::AttrValue::VALUE_NOT_SET: break;
    }
    return QString();
}

ModelPanel::ModelPanel(QWidget* parent) : QTextBrowser(parent) { setOpenLinks(false); }

void ModelPanel::setDocument(std::shared_ptr<ModelDocument> document) {
    if (!document) {
        clear();
        return;
    }
    const Model& m = document->model();
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(document->displayName().toHtmlEscaped());
    html += row(tr("Format"), QString::fromLatin1(formatName(m.format)));
    html += row(tr("Path"), esc(m.path));
    if (!m.producer.empty()) html += row(tr("Producer"), esc(m.producer));
    html += row(tr("Size on disk"), formatBytes(m.sizeBytes));
    html += row(tr("Files"), QString::number(m.files.size()));
    int64_t nodes = 0;
    std::map<std::string, int> ops;
    if (const auto* g = m.graph()) {
        nodes = g->node_size();
        for (const auto& n : g->node()) ops[n.op()]++;
        html += row(tr("Nodes"), formatCount(nodes));
        html += row(tr("Functions"), QString::number(g->library().function_size()));
        if (g->has_versions()) html += row(tr("Graph version"), QString::number(g->versions().producer()));
    }
    html += row(tr("Parameters (variables)"), formatCount(document->parameters().variable));
    html += row(tr("Parameters (weight constants)"), formatCount(document->parameters().constant));
    html += row(tr("Variables"), QString::number(m.variableInfos.size()));
    html += QStringLiteral("</table>");
    // Variable bytes by dtype.
    std::map<std::string, std::pair<int, uint64_t>> byType;
    for (const auto& v : m.variableInfos) {
        auto& e = byType[dtypeName(baseType(v.dtype))];
        e.first++;
        e.second += v.bytes;
    }
    if (!byType.empty()) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Variables by dtype"));
        for (const auto& [t, e] : byType) html += row(esc(t), tr("%1 variables, %2").arg(e.first).arg(formatBytes(e.second)));
        html += QStringLiteral("</table>");
    }
    if (!m.metaGraphs.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Meta graphs"));
        for (const auto& mg : m.metaGraphs) {
            QStringList tags;
            for (const auto& t : mg.tags) tags << esc(t);
            QStringList sigs;
            for (const auto& s : mg.signatures) sigs << esc(s.key);
            html += QStringLiteral("<li>%1 {%2}: %3</li>")
                        .arg(tr("tags"), tags.join(QStringLiteral(", ")),
                             sigs.isEmpty() ? tr("no signatures") : sigs.join(QStringLiteral(", ")));
        }
        html += QStringLiteral("</ul>");
    }
    if (!ops.empty()) {
        std::vector<std::pair<int, std::string>> sorted;
        for (const auto& [op, n] : ops) sorted.push_back({-n, op});
        std::sort(sorted.begin(), sorted.end());
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Op histogram"));
        for (size_t i = 0; i < sorted.size() && i < 40; ++i)
            html += row(esc(sorted[i].second), QString::number(-sorted[i].first));
        if (sorted.size() > 40) html += row(QStringLiteral("…"), tr("%1 more op types").arg(sorted.size() - 40));
        html += QStringLiteral("</table>");
    }
    if (!m.warnings.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Warnings"));
        for (size_t i = 0; i < m.warnings.size() && i < 50; ++i) html += QStringLiteral("<li>%1</li>").arg(esc(m.warnings[i]));
        html += QStringLiteral("</ul>");
    }
    setHtml(html);
}

PropertiesPanel::PropertiesPanel(QWidget* parent) : QTextBrowser(parent) {
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        QString target = url.path();
        if (url.scheme() == QLatin1String("node")) emit nodeRequested(target);
        else if (url.scheme() == QLatin1String("fn")) emit functionRequested(target);
        else if (url.scheme() == QLatin1String("tensor")) emit tensorRequested(target);
    });
    setPlaceholderText(tr("Select a node to see its properties."));
}

void PropertiesPanel::showNode(std::shared_ptr<ModelDocument> document, std::shared_ptr<const GraphData> graph, int node,
                               const layout::GraphShapes* shapes) {
    if (!document || !graph || node < 0 || node >= graph->index->size()) {
        clear();
        return;
    }
    const GraphIndex& index = *graph->index;
    const auto& nd = index.node(node);
    auto link = [](const QString& scheme, const std::string& target, const QString& text) {
        QUrl url;
        url.setScheme(scheme);
        url.setPath(QString::fromStdString(target));
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(esc(nd.name()));
    const OpInfo* info = findOp(nd.op());
    html += row(tr("Op"), esc(nd.op()) + (info ? QStringLiteral(" <i>(%1)</i>").arg(categoryTitle(info->category)) : QString()));
    if (!nd.device().empty()) html += row(tr("Device"), esc(nd.device()));
    bool hasValue = nd.op() == "Const" && nd.attr().count("value");
    for (const auto& v : document->model().variableInfos)
        if (!hasValue && !v.checkpointKey.empty() && !v.nodeName.empty() && v.nodeName == nd.name()) hasValue = true;
    if (hasValue) html += row(tr("Value"), link(QStringLiteral("tensor"), nd.name(), tr("Show values…")));
    html += QStringLiteral("</table>");

    auto types = outputDtypes(nd, &document->library());
    html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Inputs"));
    int pos = 0;
    for (const GraphEdge& e : index.inputs(node)) {
        QString label = e.control ? tr("control") : QStringLiteral("%1").arg(pos++);
        QString src = e.src >= 0 ? link(QStringLiteral("node"), index.node(e.src).name(),
                                        QString::fromStdString(nd.input(e.dstInput)))
                                 : esc(nd.input(e.dstInput)) + tr(" (missing)");
        html += row(label, src);
    }
    if (nd.input_size() == 0) html += row(QString(), tr("none"));
    html += QStringLiteral("</table><h4>%1</h4><table>").arg(tr("Outputs"));
    int outputs = types.ok() ? int(types->size()) : 0;
    for (int o = 0; o < outputs; ++o) {
        // Inferred shape where known (recorded `_output_shapes` merged in), as the edge labels show it.
        const layout::OutputType type = layout::outputType(index, document->library(), node, o, shapes);
        QString desc = QString::fromStdString(layout::outputTypeText(type));
        if (desc.isEmpty()) desc = QString::fromStdString(dtypeShortName((*types)[size_t(o)]));
        QStringList consumers;
        for (const GraphEdge& e : index.consumers(node))
            if (!e.control && e.srcOutput == o)
                consumers << link(QStringLiteral("node"), index.node(e.dst).name(), QString::fromStdString(index.node(e.dst).name()));
        html += row(QString::number(o), desc + (consumers.isEmpty() ? QString() : QStringLiteral(" → ") + consumers.join(QStringLiteral(", "))));
    }
    QStringList controlled;
    for (const GraphEdge& e : index.consumers(node))
        if (e.control) controlled << link(QStringLiteral("node"), index.node(e.dst).name(), QString::fromStdString(index.node(e.dst).name()));
    if (!controlled.isEmpty()) html += row(tr("control →"), controlled.join(QStringLiteral(", ")));
    html += QStringLiteral("</table><h4>%1</h4><table>").arg(tr("Attributes"));
    std::map<std::string, const tensorflow::AttrValue*> attrs;
    for (const auto& [k, v] : nd.attr()) attrs[k] = &v;
    for (const auto& [k, v] : attrs) {
        QString text = attrValueText(*v).toHtmlEscaped();
        if (v->has_func()) text = link(QStringLiteral("fn"), v->func().name(), QString::fromStdString(v->func().name()));
        html += row(esc(k), text);
    }
    if (attrs.empty()) html += row(QString(), tr("none"));
    html += QStringLiteral("</table>");
    auto called = ModelDocument::calledFunctions(nd);
    if (!called.empty()) {
        QStringList links;
        for (const auto& f : called) links << link(QStringLiteral("fn"), f, QString::fromStdString(f));
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Calls:"), links.join(QStringLiteral(", ")));
    }
    setHtml(html);
}

}  // namespace tfs::views
