#pragma once
// An InceptionV3-class TF1 training graph, generated for layout benches and tests (there is no
// 11k-node model in ../shared/models): resource variables (VarHandleOp + ReadVariableOp handles with
// initialisers), conv + batch-norm layers in Mixed blocks of four branches, a shared `is_training`
// switch feeding every batch norm, a loss summed as `add`, `add_1` … `add_20`, gradients, a Momentum
// optimizer with slots, NoOp groups (init, update_ops, train_op) and two savers (save/, save_1/).
// Header-only so benches and tests share it without a library.

#include <string>
#include <vector>

#include "tensorflow/graph.pb.h"

namespace tfs::bench {

class TrainingGraphBuilder {
public:
    /// About `targetNodes` nodes (±5%): the number of conv layers is chosen to reach it.
    static tensorflow::GraphDef build(int targetNodes) {
        TrainingGraphBuilder b;
        b.generate(std::max(1, targetNodes / kNodesPerLayer));
        return std::move(b.g_);
    }

private:
    static constexpr int kNodesPerLayer = 99;  // measured: what one conv layer with all its machinery adds

    tensorflow::GraphDef g_;
    std::vector<std::string> variables_, assigns_, updates_, reads_, trainables_;
    int layers_ = 0;

    tensorflow::NodeDef* node(const std::string& name, const std::string& op, std::vector<std::string> inputs = {}) {
        auto* n = g_.add_node();
        n->set_name(name);
        n->set_op(op);
        for (auto& i : inputs) n->add_input(i);
        return n;
    }
    static void type(tensorflow::NodeDef* n, const char* attr = "T") { (*n->mutable_attr())[attr].set_type(tensorflow::DT_FLOAT); }
    tensorflow::NodeDef* constant(const std::string& name, float v) {
        auto* n = node(name, "Const");
        type(n, "dtype");
        auto& t = *(*n->mutable_attr())["value"].mutable_tensor();
        t.set_dtype(tensorflow::DT_FLOAT);
        t.add_float_val(v);
        return n;
    }
    tensorflow::NodeDef* shapeConst(const std::string& name, std::vector<int> dims) {
        auto* n = node(name, "Const");
        (*n->mutable_attr())["dtype"].set_type(tensorflow::DT_INT32);
        auto& t = *(*n->mutable_attr())["value"].mutable_tensor();
        t.set_dtype(tensorflow::DT_INT32);
        t.mutable_tensor_shape()->add_dim()->set_size(int64_t(dims.size()));
        for (int d : dims) t.add_int_val(d);
        return n;
    }

    // A resource variable with its initialiser; returns the ReadVariableOp the model uses.
    std::string variable(const std::string& name, std::vector<int> shape, bool trainable, bool random) {
        auto* h = node(name, "VarHandleOp");
        type(h, "dtype");
        (*h->mutable_attr())["shared_name"].set_s(name);
        auto* sp = (*h->mutable_attr())["shape"].mutable_shape();
        for (int d : shape) sp->add_dim()->set_size(d);
        std::string init;
        if (random) {
            shapeConst(name + "/Initializer/random_uniform/shape", shape);
            constant(name + "/Initializer/random_uniform/min", -0.1f);
            constant(name + "/Initializer/random_uniform/max", 0.1f);
            type(node(name + "/Initializer/random_uniform/RandomUniform", "RandomUniform",
                      {name + "/Initializer/random_uniform/shape"}), "dtype");
            type(node(name + "/Initializer/random_uniform/sub", "Sub",
                      {name + "/Initializer/random_uniform/max", name + "/Initializer/random_uniform/min"}));
            type(node(name + "/Initializer/random_uniform/mul", "Mul",
                      {name + "/Initializer/random_uniform/RandomUniform", name + "/Initializer/random_uniform/sub"}));
            type(node(name + "/Initializer/random_uniform", "AddV2",
                      {name + "/Initializer/random_uniform/mul", name + "/Initializer/random_uniform/min"}));
            init = name + "/Initializer/random_uniform";
        } else {
            constant(name + "/Initializer/Const", 0.0f);
            init = name + "/Initializer/Const";
        }
        node(name + "/IsInitialized/VarIsInitializedOp", "VarIsInitializedOp", {name});
        type(node(name + "/Assign", "AssignVariableOp", {name, init}), "dtype");
        type(node(name + "/Read/ReadVariableOp", "ReadVariableOp", {name}), "dtype");
        variables_.push_back(name);
        assigns_.push_back(name + "/Assign");
        reads_.push_back(name + "/Read/ReadVariableOp");
        if (trainable) trainables_.push_back(name);
        return name + "/Read/ReadVariableOp";
    }

    // Conv + batch norm (switched by is_training) + Relu in `scope`; returns the Relu.
    std::string convLayer(const std::string& scope, const std::string& input, int k, int channels) {
        ++layers_;
        std::string w = variable(scope + "/weights", {k, k, channels, channels}, true, true);
        type(node(scope + "/Conv2D", "Conv2D", {input, w}));
        std::string gamma = variable(scope + "/BatchNorm/gamma", {channels}, true, false);
        std::string beta = variable(scope + "/BatchNorm/beta", {channels}, true, false);
        std::string mean = variable(scope + "/BatchNorm/moving_mean", {channels}, false, false);
        std::string var = variable(scope + "/BatchNorm/moving_variance", {channels}, false, false);
        type(node(scope + "/BatchNorm/cond/Switch", "Switch", {scope + "/Conv2D", "is_training"}));
        type(node(scope + "/BatchNorm/FusedBatchNormV3", "FusedBatchNormV3",
                  {scope + "/BatchNorm/cond/Switch:1", gamma, beta, mean, var}));
        type(node(scope + "/BatchNorm/FusedBatchNormV3_1", "FusedBatchNormV3",
                  {scope + "/BatchNorm/cond/Switch", gamma, beta, mean, var}));
        auto* merge = node(scope + "/BatchNorm/cond/Merge", "Merge",
                           {scope + "/BatchNorm/FusedBatchNormV3_1", scope + "/BatchNorm/FusedBatchNormV3"});
        type(merge);
        (*merge->mutable_attr())["N"].set_i(2);
        // Moving averages, updated through the update_ops group.
        for (const char* which : {"moving_mean", "moving_variance"}) {
            std::string a = scope + "/BatchNorm/AssignMovingAvg" + (std::string(which) == "moving_mean" ? "" : "_1");
            constant(a + "/decay", 0.997f);
            type(node(a + "/sub", "Sub", {scope + "/BatchNorm/" + which + "/Read/ReadVariableOp",
                                          scope + "/BatchNorm/FusedBatchNormV3:" + (std::string(which) == "moving_mean" ? "1" : "2")}));
            type(node(a + "/mul", "Mul", {a + "/sub", a + "/decay"}));
            type(node(a, "AssignSubVariableOp", {scope + "/BatchNorm/" + which, a + "/mul"}), "dtype");
            updates_.push_back(a);
        }
        type(node(scope + "/Relu", "Relu", {scope + "/BatchNorm/cond/Merge"}));
        // L2 regularisation of the weights, summed into the loss.
        type(node(scope + "/weights/Regularizer/l2_regularizer/L2Loss", "L2Loss", {w}));
        // Gradients mirror the forward ops; the optimizer updates each trainable variable with a slot.
        const std::string grad = "gradients/" + scope;
        type(node(grad + "/Relu_grad/ReluGrad", "ReluGrad", {"gradients/upstream", scope + "/Relu"}));
        type(node(grad + "/BatchNorm/FusedBatchNormV3_grad/FusedBatchNormGradV3", "FusedBatchNormGradV3",
                  {grad + "/Relu_grad/ReluGrad", scope + "/Conv2D", gamma, scope + "/BatchNorm/FusedBatchNormV3:3",
                   scope + "/BatchNorm/FusedBatchNormV3:4", scope + "/BatchNorm/FusedBatchNormV3:5"}));
        type(node(grad + "/Conv2D_grad/Conv2DBackpropFilter", "Conv2DBackpropFilter",
                  {input, grad + "/Conv2D_grad/ShapeN:1", grad + "/BatchNorm/FusedBatchNormV3_grad/FusedBatchNormGradV3"}));
        shapeConst(grad + "/Conv2D_grad/ShapeN", {k, k, channels, channels});
        node(grad + "/Conv2D_grad/tuple/group_deps", "NoOp", {"^" + grad + "/Conv2D_grad/Conv2DBackpropFilter"});
        type(node(grad + "/Conv2D_grad/tuple/control_dependency_1", "Identity",
                  {grad + "/Conv2D_grad/Conv2DBackpropFilter", "^" + grad + "/Conv2D_grad/tuple/group_deps"}));
        const std::string gradOf[] = {grad + "/Conv2D_grad/tuple/control_dependency_1",
                                      grad + "/BatchNorm/FusedBatchNormV3_grad/FusedBatchNormGradV3:1",
                                      grad + "/BatchNorm/FusedBatchNormV3_grad/FusedBatchNormGradV3:2"};
        const std::string vars[] = {scope + "/weights", scope + "/BatchNorm/gamma", scope + "/BatchNorm/beta"};
        for (int i = 0; i < 3; ++i) {
            std::string slot = vars[i] + "/Momentum";
            auto* h = node(slot, "VarHandleOp");
            type(h, "dtype");
            constant(slot + "/Initializer/zeros", 0.0f);
            type(node(slot + "/Assign", "AssignVariableOp", {slot, slot + "/Initializer/zeros"}), "dtype");
            node(slot + "/IsInitialized/VarIsInitializedOp", "VarIsInitializedOp", {slot});
            assigns_.push_back(slot + "/Assign");
            variables_.push_back(slot);
            type(node("Momentum/update_" + vars[i] + "/ResourceApplyMomentum", "ResourceApplyMomentum",
                      {vars[i], slot, "Momentum/learning_rate", gradOf[i], "Momentum/momentum"}));
        }
        return scope + "/Relu";
    }

    void saver(const std::string& prefix) {
        constant(prefix + "/filename/input", 0.0f);
        node(prefix + "/Const", "PlaceholderWithDefault", {prefix + "/filename/input"});
        auto* names = node(prefix + "/SaveV2/tensor_names", "Const");
        (*names->mutable_attr())["dtype"].set_type(tensorflow::DT_STRING);
        auto* slices = node(prefix + "/SaveV2/shape_and_slices", "Const");
        (*slices->mutable_attr())["dtype"].set_type(tensorflow::DT_STRING);
        std::vector<std::string> in = {prefix + "/Const", prefix + "/SaveV2/tensor_names", prefix + "/SaveV2/shape_and_slices"};
        for (const auto& r : reads_) in.push_back(r);
        node(prefix + "/SaveV2", "SaveV2", in);
        node(prefix + "/control_dependency", "Identity", {prefix + "/Const", "^" + prefix + "/SaveV2"});
        node(prefix + "/RestoreV2", "RestoreV2", {prefix + "/Const", prefix + "/SaveV2/tensor_names", prefix + "/SaveV2/shape_and_slices"});
        std::vector<std::string> restores;
        for (size_t i = 0; i < variables_.size(); ++i) {
            std::string suffix = i == 0 ? "" : "_" + std::to_string(i);
            node(prefix + "/Identity" + suffix, "Identity", {prefix + "/RestoreV2:" + std::to_string(i)});
            node(prefix + "/AssignVariableOp" + suffix, "AssignVariableOp", {variables_[i], prefix + "/Identity" + suffix});
            restores.push_back("^" + prefix + "/AssignVariableOp" + suffix);
        }
        node(prefix + "/restore_all", "NoOp", restores);
    }

    std::string block(const std::string& name, const std::string& input, int budget) {
        std::vector<std::string> outs;
        const int branches = 4;
        for (int b = 0; b < branches && layers_ < budget; ++b) {
            std::string x = input;
            const int depth = 1 + b % 3;
            for (int d = 0; d < depth && layers_ < budget; ++d)
                x = convLayer(name + "/Branch_" + std::to_string(b) + "/Conv2d_0" + char('a' + d) + "_" + (d ? "3x3" : "1x1"), x,
                              d ? 3 : 1, 64);
            outs.push_back(x);
        }
        shapeConst(name + "/concat/axis", {3});
        outs.push_back(name + "/concat/axis");
        type(node(name + "/concat", "ConcatV2", outs));
        return name + "/concat";
    }

    void generate(int layers) {
        auto* x = node("input", "Placeholder");
        type(x, "dtype");
        auto* s = (*x->mutable_attr())["shape"].mutable_shape();
        for (int d : {-1, 299, 299, 3}) s->add_dim()->set_size(d);
        auto* train = node("is_training", "PlaceholderWithDefault", {"is_training/input"});
        (*train->mutable_attr())["dtype"].set_type(tensorflow::DT_BOOL);
        auto* ti = node("is_training/input", "Const");
        (*ti->mutable_attr())["dtype"].set_type(tensorflow::DT_BOOL);
        variable("global_step", {}, false, false);
        constant("Momentum/learning_rate", 0.01f);
        constant("Momentum/momentum", 0.9f);
        constant("gradients/upstream", 1.0f);
        std::string h = "input";
        const char* stem[] = {"Conv2d_1a_3x3", "Conv2d_2a_3x3", "Conv2d_2b_3x3", "Conv2d_3b_1x1", "Conv2d_4a_3x3"};
        for (const char* c : stem)
            if (layers_ < layers) h = convLayer(std::string("InceptionV3/") + c, h, 3, 32);
        const char* blocks[] = {"5b", "5c", "5d", "6a", "6b", "6c", "6d", "6e", "7a", "7b", "7c"};
        for (int i = 0; layers_ < layers; ++i) {
            std::string name = "InceptionV3/Mixed_" + std::string(blocks[i % 11]) + (i >= 11 ? "_" + std::to_string(i / 11) : "");
            h = block(name, h, layers);
        }
        type(node("InceptionV3/Logits/AvgPool", "AvgPool", {h}));
        type(node("InceptionV3/Logits/Conv2d_1c_1x1/Conv2D", "Conv2D", {"InceptionV3/Logits/AvgPool", reads_.front()}));
        type(node("InceptionV3/Predictions/Softmax", "Softmax", {"InceptionV3/Logits/Conv2d_1c_1x1/Conv2D"}));
        // Loss: cross entropy plus regularisation terms summed as add, add_1, ..., add_20.
        type(node("loss/xentropy", "Neg", {"InceptionV3/Predictions/Softmax"}));
        std::string sum = "loss/xentropy";
        for (int i = 0; i <= 20; ++i) {
            std::string name = i == 0 ? "add" : "add_" + std::to_string(i);
            std::string term = "InceptionV3/Conv2d_1a_3x3/weights/Regularizer/l2_regularizer/L2Loss";
            type(node(name, "AddV2", {sum, term}));
            sum = name;
        }
        type(node("total_loss", "Identity", {sum}));
        std::vector<std::string> updates;
        for (const auto& u : updates_) updates.push_back("^" + u);
        node("update_ops/group_deps", "NoOp", updates);
        node("Momentum", "NoOp", {"^update_ops/group_deps"});
        type(node("global_step/add", "AssignAddVariableOp", {"global_step", "Momentum/learning_rate", "^Momentum"}), "dtype");
        node("train_op", "NoOp", {"^Momentum", "^global_step/add"});
        std::vector<std::string> assigns;
        for (const auto& a : assigns_) assigns.push_back("^" + a);
        node("init", "NoOp", assigns);
        saver("save");
        saver("save_1");
    }
};

}  // namespace tfs::bench
