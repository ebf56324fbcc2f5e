import * as migration_20261123_122205_initial from './20261123_122205_initial';
import * as migration_20261123_145218_editorial_features from './20261123_145218_editorial_features';
import * as migration_20261204_161326_security_workflow from './20261204_161326_security_workflow';
import * as migration_20261204_161905_sqlite_autoincrement from './20261204_161905_sqlite_autoincrement';
import * as migration_20261204_180423_accounts_email_change from './20261204_180423_accounts_email_change';
import * as migration_20261205_090712_observation_change_reason from './20261205_090712_observation_change_reason';
import * as migration_20261205_121009_data_review_and_figure_history from './20261205_121009_data_review_and_figure_history';
import * as migration_20261205_121656_stale_number_check from './20261205_121656_stale_number_check';
import * as migration_20261205_212229_change_digests from './20261205_212229_change_digests';
import * as migration_20261205_220736_editorial_desk from './20261205_220736_editorial_desk';
import * as migration_20261206_022620_cross_script_search from './20261206_022620_cross_script_search';

export const migrations = [
  {
    up: migration_20261123_122205_initial.up,
    down: migration_20261123_122205_initial.down,
    name: '20261123_122205_initial',
  },
  {
    up: migration_20261123_145218_editorial_features.up,
    down: migration_20261123_145218_editorial_features.down,
    name: '20261123_145218_editorial_features',
  },
  {
    up: migration_20261204_161326_security_workflow.up,
    down: migration_20261204_161326_security_workflow.down,
    name: '20261204_161326_security_workflow',
  },
  {
    up: migration_20261204_161905_sqlite_autoincrement.up,
    down: migration_20261204_161905_sqlite_autoincrement.down,
    name: '20261204_161905_sqlite_autoincrement',
  },
  {
    up: migration_20261204_180423_accounts_email_change.up,
    down: migration_20261204_180423_accounts_email_change.down,
    name: '20261204_180423_accounts_email_change',
  },
  {
    up: migration_20261205_090712_observation_change_reason.up,
    down: migration_20261205_090712_observation_change_reason.down,
    name: '20261205_090712_observation_change_reason',
  },
  {
    up: migration_20261205_121009_data_review_and_figure_history.up,
    down: migration_20261205_121009_data_review_and_figure_history.down,
    name: '20261205_121009_data_review_and_figure_history',
  },
  {
    up: migration_20261205_121656_stale_number_check.up,
    down: migration_20261205_121656_stale_number_check.down,
    name: '20261205_121656_stale_number_check',
  },
  {
    up: migration_20261205_212229_change_digests.up,
    down: migration_20261205_212229_change_digests.down,
    name: '20261205_212229_change_digests',
  },
  {
    up: migration_20261205_220736_editorial_desk.up,
    down: migration_20261205_220736_editorial_desk.down,
    name: '20261205_220736_editorial_desk',
  },
  {
    up: migration_20261206_022620_cross_script_search.up,
    down: migration_20261206_022620_cross_script_search.down,
    name: '20261206_022620_cross_script_search'
  },
];
