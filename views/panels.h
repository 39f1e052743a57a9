#pragma once
// The dock panels: model summary, signatures, tensors, node properties.

#include <QAbstractTableModel>
#include <QTextBrowser>
#include <QWidget>
#include <functional>
#include <memory>
#include <vector>

#include "core/model/tensor.h"
#include "core/util/progress.h"
#include "core/layout/graph_shapes.h"
#include "views/model_document.h"

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QLabel;

namespace tfs::views {

class JobTracker;

/// Model facts as formatted text: format, producer, meta graphs, sizes, parameters, op histogram.
class ModelPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit ModelPanel(QWidget* parent = nullptr);
    void setDocument(std::shared_ptr<ModelDocument> document);
};

/// One row per signature input/output of every meta graph.
class SignaturesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Tags, Key, Method, Direction, ArgKey, Tensor, DType, Shape, ColumnCount };
    explicit SignaturesModel(QObject* parent = nullptr);
    void setModel(std::shared_ptr<const Model> model);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// Tensor name ("x:0") of a row.
    QString tensorName(int row) const;

private:
    struct Row {
        QString tags, key, method, direction, argKey, tensor, dtype, shape;
    };
    std::vector<Row> rows_;
};

class SignaturesPanel : public QWidget {
    Q_OBJECT
public:
    explicit SignaturesPanel(QWidget* parent = nullptr);
    void setDocument(std::shared_ptr<ModelDocument> document);
    SignaturesModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    /// The sentence shown instead of an empty table ("" while there are signatures or no model).
    QString emptyText() const;
signals:
    /// The user clicked a tensor: select its producing node.
    void nodeRequested(const QString& nodeName);

private:
    SignaturesModel* model_;
    QTableView* table_;
    QLabel* empty_;
};

/// Statistics of one tensor's values.
struct TensorStats {
    bool computed = false;
    bool available = false;  // false for strings / unreadable values
    double min = 0, max = 0, mean = 0, stddev = 0, sparsity = 0;
    int64_t nans = 0;
};

/// Variables and constants with sizes, share of the model and lazily computed statistics.
class TensorsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, DType, Shape, Elements, Bytes, Share, Min, Max, Mean, Std, Sparsity, NaNs, ColumnCount };
    explicit TensorsModel(QObject* parent = nullptr);
    void setModel(std::shared_ptr<const Model> model);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// Graph node of a row ("" when the tensor has no node).
    QString nodeName(int row) const;
    /// Tensor name of a row.
    QString tensorName(int row) const;
    /// Reads the value of a row (a Const node's tensor or a checkpoint entry); null when it has none.
    std::function<Result<Tensor>(const WorkContext&)> tensorReader(int row) const;
    /// Starts computing statistics in the background (once per model).
    void computeStatistics(JobTracker* jobs);
    bool statisticsDone() const { return statsDone_; }

signals:
    void statisticsFinished();

private:
    struct Row {
        QString name, kind, dtype, shape, node;
        std::string checkpointKey;  // variable value in the store
        int constNode = -1;         // Const node index in the main graph
        int64_t elements = -1;
        uint64_t bytes = 0;
        TensorStats stats;
    };
    std::shared_ptr<const Model> model_;
    std::vector<Row> rows_;
    uint64_t totalBytes_ = 0;
    bool statsStarted_ = false;
    bool statsDone_ = false;
};

class TensorsPanel : public QWidget {
    Q_OBJECT
public:
    explicit TensorsPanel(QWidget* parent = nullptr);
    void setDocument(std::shared_ptr<ModelDocument> document);
    TensorsModel* model() const { return model_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    QTableView* table() const { return table_; }

signals:
    void nodeRequested(const QString& nodeName);
    /// Double-click or Enter on a row: show its values (row of the source model).
    void tensorRequested(int row);

protected:
    void showEvent(QShowEvent* event) override;

private:
    TensorsModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* table_;
    QLineEdit* filter_;
    QLabel* status_;
    JobTracker* jobs_;
};

/// The selected node: name, op, device, attributes for people, inputs and outputs as links.
class PropertiesPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit PropertiesPanel(QWidget* parent = nullptr);
    /// Shows a node of a graph (node < 0 clears).
    /// Shows a node; `shapes` (inferred, may be null) give its outputs' shapes.
    void showNode(std::shared_ptr<ModelDocument> document, std::shared_ptr<const GraphData> graph, int node,
                  const layout::GraphShapes* shapes = nullptr);

signals:
    void nodeRequested(const QString& nodeName);
    void functionRequested(const QString& function);
    /// "Show values…" of a Const or variable node.
    void tensorRequested(const QString& nodeName);
};

/// An AttrValue as people read it: "float32", "[1,3,3,1]", "SAME", "float32[3,3,1,32] (288 values)".
QString attrValueText(const tensorflow::AttrValue& value);

}  // namespace tfs::views
