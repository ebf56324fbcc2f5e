import { WorkflowPanel as WorkflowPanel_ee638cb4c50bfd08dbc9072ea340fb42 } from '../../../components/admin/workflow/WorkflowPanel'
import { RichTextField as RichTextField_3d7b59b5e6e08221fd406074147c06f4 } from '../../../components/admin/RichTextField'
import { ImportArticleLink as ImportArticleLink_4e14d907c1783155aac75cf3ce34c36c } from '../../../components/admin/import/ImportArticleLink'
import { AnomalyFlagsField as AnomalyFlagsField_c70daba460420928709b0d77fd42c106 } from '../../../components/admin/AnomalyFlagsField'
import { ImportExportLink as ImportExportLink_a8508f3bd5ce1706c363850af3c1d5f1 } from '../../../components/admin/import/ImportExportLink'
import { Icon as Icon_dfe4008080d895d460898c3a6155e9ba } from '../../../components/admin/Icon'
import { Logo as Logo_91a09b539d3c86b0aebf520e7564ce08 } from '../../../components/admin/Logo'
import { NotificationsLink as NotificationsLink_bdebfee063dd120d9df64e6c0a57827a } from '../../../components/admin/notifications/NotificationsLink'
import { SsoSignInLink as SsoSignInLink_40a45271ffa81ae4dac0d0f699040ba2 } from '../../../components/admin/SsoSignInLink'
import { ArticleImportView as ArticleImportView_cb1a0e5e98df52df9c676491bf067c5c } from '../../../components/admin/import/ArticleImportView'
import { NotificationsView as NotificationsView_171e92bcbd5700e05df3e91eb8897ee0 } from '../../../components/admin/notifications/NotificationsView'
import { ObservationImportView as ObservationImportView_0a2288a8e37bdc40e970c78920994e09 } from '../../../components/admin/import/ObservationImportView'
import { AllCollectionsView as AllCollectionsView_726820e2529fcb5d40862e8c41a6b444 } from '../../../components/admin/desk/AllCollectionsView'
import { DeskView as DeskView_ef8e8f6dcb251bdb8cb1f62b1693bd23 } from '../../../components/admin/desk/DeskView'
import { ReviewQueueView as ReviewQueueView_fc0e100be1b728dfab61d057c4f53438 } from '../../../components/admin/review/ReviewQueueView'
import { ReviewItemView as ReviewItemView_eab1dc6aea69d275d41a20bc89fa9f22 } from '../../../components/admin/review/ReviewItemView'
import { SubmissionReviewView as SubmissionReviewView_6901727f6415f67fa0bb70179655eb46 } from '../../../components/admin/review/SubmissionReviewView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'
import { ResetMailOffView as ResetMailOffView_55deb87f2e5532ee0867423da26257f1 } from '../../../components/admin/ResetMailOffView'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/workflow/WorkflowPanel#WorkflowPanel": WorkflowPanel_ee638cb4c50bfd08dbc9072ea340fb42,
  "/components/admin/RichTextField#RichTextField": RichTextField_3d7b59b5e6e08221fd406074147c06f4,
  "/components/admin/import/ImportArticleLink#ImportArticleLink": ImportArticleLink_4e14d907c1783155aac75cf3ce34c36c,
  "/components/admin/AnomalyFlagsField#AnomalyFlagsField": AnomalyFlagsField_c70daba460420928709b0d77fd42c106,
  "/components/admin/import/ImportExportLink#ImportExportLink": ImportExportLink_a8508f3bd5ce1706c363850af3c1d5f1,
  "/components/admin/Icon#Icon": Icon_dfe4008080d895d460898c3a6155e9ba,
  "/components/admin/Logo#Logo": Logo_91a09b539d3c86b0aebf520e7564ce08,
  "/components/admin/notifications/NotificationsLink#NotificationsLink": NotificationsLink_bdebfee063dd120d9df64e6c0a57827a,
  "/components/admin/SsoSignInLink#SsoSignInLink": SsoSignInLink_40a45271ffa81ae4dac0d0f699040ba2,
  "/components/admin/import/ArticleImportView#ArticleImportView": ArticleImportView_cb1a0e5e98df52df9c676491bf067c5c,
  "/components/admin/notifications/NotificationsView#NotificationsView": NotificationsView_171e92bcbd5700e05df3e91eb8897ee0,
  "/components/admin/import/ObservationImportView#ObservationImportView": ObservationImportView_0a2288a8e37bdc40e970c78920994e09,
  "/components/admin/desk/AllCollectionsView#AllCollectionsView": AllCollectionsView_726820e2529fcb5d40862e8c41a6b444,
  "/components/admin/desk/DeskView#DeskView": DeskView_ef8e8f6dcb251bdb8cb1f62b1693bd23,
  "/components/admin/review/ReviewQueueView#ReviewQueueView": ReviewQueueView_fc0e100be1b728dfab61d057c4f53438,
  "/components/admin/review/ReviewItemView#ReviewItemView": ReviewItemView_eab1dc6aea69d275d41a20bc89fa9f22,
  "/components/admin/review/SubmissionReviewView#SubmissionReviewView": SubmissionReviewView_6901727f6415f67fa0bb70179655eb46,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1,
  "/components/admin/ResetMailOffView#ResetMailOffView": ResetMailOffView_55deb87f2e5532ee0867423da26257f1
}
