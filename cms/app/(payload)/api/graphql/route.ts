import config from '@payload-config'

import { graphqlRoutes } from '../../../../boundary/routes'

export const { POST, OPTIONS } = graphqlRoutes(config)
