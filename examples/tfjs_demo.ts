// TensorFlow.js: a small dense model and a few literal activation calls.
// Sample workspace for the Activation Playground extension; never executed (there is no package.json here).
import * as tf from '@tensorflow/tfjs';

export function buildModel(): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [16], units: 64, activation: 'relu' }));
  model.add(tf.layers.leakyReLU({ alpha: 0.2 }));
  model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
  return model;
}

export function temperatureSoftmax(logits: tf.Tensor1D, temperature = 0.5): tf.Tensor1D {
  return tf.softmax(tf.div(logits, temperature));
}

// --- sanity checks ---------------------------------------------------------------
tf.leakyRelu(tf.scalar(-2), 0.2).print();                // -0.4
tf.sigmoid(tf.tensor1d([-1, 0, 8])).print();
tf.softmax(tf.tensor1d([1, 2, 3])).print();
tf.relu(tf.scalar(-1.5)).print();
tf.elu(tf.scalar(-1)).print();
tf.selu(tf.scalar(-0.5)).print();
tf.tanh(tf.scalar(0.5)).print();
tf.softplus(tf.scalar(1)).print();
tf.relu6(tf.scalar(7.5)).print();
