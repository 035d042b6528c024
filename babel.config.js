// babel-plugin-import keeps NutUI per component (JS and its CSS), so neither the weapp packages nor
// the H5 bundle carry the whole kit. Jest uses the same plugin, so tests load what the build loads.
const nutuiPerComponent = [
  'import',
  {
    libraryName: '@nutui/nutui-react-taro',
    camel2DashComponentName: false,
    customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
    customStyleName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}/style/css`,
  },
  'nutui-react-taro',
]

module.exports = (api) => {
  const isTest = api.env('test')
  return {
    presets: isTest
      ? [
          ['@babel/preset-env', { targets: { node: 'current' } }],
          ['@babel/preset-typescript', { isTSX: true, allExtensions: true }],
          ['@babel/preset-react', { runtime: 'automatic' }],
        ]
      : [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
    plugins: [nutuiPerComponent],
  }
}
