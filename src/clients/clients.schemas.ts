import { z } from 'zod';
import { companySchema } from '../pipeline/pipeline.schemas.js';
import { globalCompanySchema } from '../discovery/discovery.schemas.js';

export const companyDetailSchema = companySchema
  .extend({ ownerName: z.string().nullable(), allowedTransitions: z.array(z.string()), globalCompany: globalCompanySchema })
  .meta({ id: 'CompanyDetail' });
