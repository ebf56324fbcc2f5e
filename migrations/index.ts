import * as migration_20261123_122205_initial from './20261123_122205_initial';
import * as migration_20261123_141823_editorial_features from './20261123_141823_editorial_features';
import * as migration_20261123_142528_tune from './20261123_142528_tune';

export const migrations = [
  {
    up: migration_20261123_122205_initial.up,
    down: migration_20261123_122205_initial.down,
    name: '20261123_122205_initial',
  },
  {
    up: migration_20261123_141823_editorial_features.up,
    down: migration_20261123_141823_editorial_features.down,
    name: '20261123_141823_editorial_features',
  },
  {
    up: migration_20261123_142528_tune.up,
    down: migration_20261123_142528_tune.down,
    name: '20261123_142528_tune'
  },
];
