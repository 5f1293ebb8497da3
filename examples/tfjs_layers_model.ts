// A TensorFlow.js layers model: activations named in config objects and as layers.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.dense({ units: 64, inputShape: [16], activation: 'relu' }));
model.add(tf.layers.dense({ units: 32 }));
model.add(tf.layers.leakyReLU({ alpha: 0.1 }));
model.add(tf.layers.dense({ units: 3, activation: 'softmax' }));

const logits = tf.tensor1d([2, 1, 0.1]);
const probs = tf.softmax(logits);
const rectified = logits.relu();
const y = gelu(0.3);
